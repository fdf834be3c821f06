import fs from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../lib/content-root';
import { buildDay } from '../lib/build-date';
import type { Problem } from './validate';

/**
 * The dates file (src/data/record-dates.json, written by `npm run dates`): the day each
 * record entered the base and its last change. Kept in the repository so that dates do
 * not depend on git history at build time.
 */
export const datesPath = (root: string = contentRoot) => path.join(root, 'src/data/record-dates.json');
export type RecordDates = Record<string, { added: string; updated: string }>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: unknown): v is string => typeof v === 'string' && ISO_DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Problems with the dates file for these record keys ("practices/x"): missing, malformed or impossible dates. */
export function datesProblems(keys: string[], root: string = contentRoot, today = buildDay): Problem[] {
  const file = datesPath(root);
  const rel = path.relative(root, file);
  if (!fs.existsSync(file)) return [{ file: rel, message: 'missing: run `npm run dates` to record when each record was added and changed' }];
  try {
    return checkDates(keys, JSON.parse(fs.readFileSync(file, 'utf8')), today, rel);
  } catch (e) {
    return [{ file: rel, message: `not valid JSON: ${(e as Error).message}` }];
  }
}

/** The checks behind datesProblems, on dates already read. */
export function checkDates(keys: string[], dates: RecordDates, today: string, rel = 'src/data/record-dates.json'): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(keys);
  for (const key of keys) {
    const d = dates[key];
    if (!d) {
      problems.push({ file: rel, field: key, message: 'no dates for this record: run `npm run dates`' });
      continue;
    }
    if (!isDay(d.added)) problems.push({ file: rel, field: `${key}.added`, message: `"${d.added}" is not a date (YYYY-MM-DD)` });
    if (!isDay(d.updated)) problems.push({ file: rel, field: `${key}.updated`, message: `"${d.updated}" is not a date (YYYY-MM-DD)` });
    if (isDay(d.added) && isDay(d.updated) && d.added > d.updated) {
      problems.push({ file: rel, field: key, message: `added (${d.added}) is after updated (${d.updated})` });
    }
    if (isDay(d.updated) && d.updated > today) problems.push({ file: rel, field: `${key}.updated`, message: `${d.updated} lies after the build date ${today}` });
  }
  for (const key of Object.keys(dates)) {
    if (!known.has(key)) problems.push({ file: rel, field: key, message: 'dates for a record that does not exist: run `npm run dates`' });
  }
  return problems;
}

let cached: RecordDates | undefined;

/** The recorded dates of a record; the check has made sure every record has them. */
export function datesOf(collection: string, id: string): { added: string; updated: string } {
  cached ??= JSON.parse(fs.readFileSync(datesPath(), 'utf8')) as RecordDates;
  const d = cached[`${collection}/${id}`];
  if (!d) throw new Error(`${path.relative(contentRoot, datesPath())}: no dates for ${collection}/${id}; run \`npm run dates\``);
  return d;
}
