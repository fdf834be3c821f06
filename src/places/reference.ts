import { parseCsv } from '../lib/csv';

/** A reference-data problem: names the file, the data row (1 = first row after the header) and the column. */
export class ReferenceDataError extends Error {}

/**
 * Read whole, non-negative numbers from a reference CSV. A missing or malformed
 * figure stops the build with file, row and column, so no page shows a made-up value.
 */
export function readCounts<K extends string>(
  text: string,
  file: string,
  key: string,
  columns: readonly K[],
): Map<string, Record<K, number>> {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text);
  } catch (e) {
    throw new ReferenceDataError(`${file}: ${(e as Error).message}`);
  }
  const out = new Map<string, Record<K, number>>();
  rows.forEach((row, i) => {
    const line = i + 2; // the header is line 1
    const id = row[key];
    if (!id) throw new ReferenceDataError(`${file}: line ${line}, column ${key}: missing value`);
    if (out.has(id)) throw new ReferenceDataError(`${file}: line ${line}, column ${key}: "${id}" appears twice`);
    const figures = {} as Record<K, number>;
    for (const column of columns) {
      const raw = row[column];
      if (raw === undefined) throw new ReferenceDataError(`${file}: column ${column} is missing from the header`);
      if (raw.trim() === '') throw new ReferenceDataError(`${file}: line ${line} (${id}), column ${column}: missing figure`);
      if (!/^\d+$/.test(raw.trim())) {
        throw new ReferenceDataError(`${file}: line ${line} (${id}), column ${column}: "${raw}" is not a whole number`);
      }
      figures[column] = Number(raw);
    }
    out.set(id, figures);
  });
  return out;
}
