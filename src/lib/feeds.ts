import { datesOf } from '../check/record-dates';
import { domains } from '../vocab/domains';
import { provinces } from '../vocab/provinces';
import { allRecords, hrefOf, provincesOf, recordTypes, type AnyRecord, type Base } from './records';

/**
 * Atom feeds of records in the order they entered the base: one for everything, one
 * per policy domain and one per province. Each entry is dated with the day the record
 * was added (published) and last changed (updated), from src/data/record-dates.json,
 * which the check guarantees for every record, so no entry is ever without a date.
 */
export interface Feed {
  /** Path of the feed file, e.g. "/feeds/thema/taal.atom". */
  path: string;
  title: string;
  /** The page the feed follows. */
  page: string;
  records: AnyRecord[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Every feed of the site, computed once per build from one sorted list. */
export function feedsOf(base: Base): Feed[] {
  const newest = allRecords(base)
    .map((r) => ({ r, d: datesOf(r.collection, r.id) }))
    .sort((a, b) => b.d.added.localeCompare(a.d.added) || collator.compare(a.r.data.title, b.r.data.title))
    .map((x) => x.r);
  return [
    { path: '/feeds/nieuw.atom', title: 'Nieuw in Kapstok', page: '/', records: newest },
    ...domains.terms.map((t) => ({
      path: `/feeds/thema/${t.slug}.atom`,
      title: `Nieuw in Kapstok: ${t.label}`,
      page: `/thema/${t.slug}/`,
      records: newest.filter((r) => r.data.domains.includes(t.slug)),
    })),
    ...provinces.terms.map((t) => ({
      path: `/feeds/provincie/${t.slug}.atom`,
      title: `Nieuw in Kapstok: ${t.slug === 'brussel' ? 'Brussel' : `provincie ${t.label}`}`,
      page: `/provincies/${t.slug}/`,
      records: newest.filter((r) => provincesOf(r).includes(t.slug)),
    })),
  ];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Atom dates are full RFC 3339 timestamps; the base knows days, so midnight UTC. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export function atomOf(feed: Feed, site: URL): string {
  const abs = (p: string) => new URL(p, site).href;
  const entries = feed.records.map((r) => {
    const d = datesOf(r.collection, r.id);
    const url = abs(hrefOf(r));
    return `  <entry>
    <id>${escape(url)}</id>
    <title>${escape(r.data.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <published>${stamp(d.added)}</published>
    <updated>${stamp(d.updated)}</updated>
    <summary>${escape(r.data.summary)}</summary>
    <category term="${r.collection}" label="${escape(recordTypes[r.collection].singular)}"/>
  </entry>`;
  });
  // The feed changes when an entry does: its date is the latest entry's, not the build's.
  const updated = feed.records.map((r) => datesOf(r.collection, r.id).updated).sort().pop() ?? '2026-01-01';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${escape(abs(feed.path))}</id>
  <title>${escape(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escape(abs(feed.path))}"/>
  <link rel="alternate" type="text/html" href="${escape(abs(feed.page))}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>Kapstok</name><uri>${escape(abs('/'))}</uri></author>
  <rights>CC BY 4.0</rights>
${entries.join('\n')}
</feed>
`;
}
