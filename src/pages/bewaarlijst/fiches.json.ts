import type { APIRoute } from 'astro';
import { allRecords, hrefOf, loadBase, recordTypes, yearOf } from '../../lib/records';
import { keyOfPath } from '../../lib/saved-list';

/** The little the saved list needs of every record: key, title, type and source year (about 10 KB gzip). */
export const GET: APIRoute = async () => {
  const base = await loadBase();
  const records = allRecords(base).map((r) => ({
    key: keyOfPath(hrefOf(r)),
    title: r.data.title,
    type: recordTypes[r.collection].plural,
    year: yearOf(r),
  }));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
