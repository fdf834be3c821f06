/**
 * CSV for the open data: RFC 4180 quoting, CRLF line ends, a semicolon as separator
 * (Dutch-language spreadsheets read a comma as the decimal sign and expect `;`), and a
 * UTF-8 byte order mark so that Excel opens accents correctly.
 *
 * Browser-safe (no Node imports): the build writes the /data/ CSV files with these
 * functions, and the "Download als CSV" buttons on search and hub pages build their
 * files with the same ones from the published JSON and JSON Schema, so both have the
 * same columns and cells.
 */
export const CSV_SEPARATOR = ';';
/** Joins the items of a list inside one cell. */
export const CSV_LIST_SEPARATOR = ' | ';

export function csvCell(value: string): string {
  return /[";\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(columns: string[], rows: string[][]): string {
  const lines = [columns, ...rows].map((cells) => cells.map(csvCell).join(CSV_SEPARATOR));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One CSV cell for any exported value; lists are joined with " | ". */
function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(itemOf).join(CSV_LIST_SEPARATOR);
  return itemOf(value);
}

function itemOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const v = value as Record<string, unknown>;
  // A citation, a link and a resolved place, each in the form a reader would write it.
  if ('source' in v && 'section' in v) return `${v.source}: ${v.section}${v.page ? `, p. ${v.page}` : ''} (${v.year})`;
  if ('url' in v) return [v.url, v.label && `(${v.label})`, v.via && `via ${v.via}`].filter(Boolean).join(' ');
  if ('nis' in v) return `${v.place} = ${v.municipality} (${v.nis})`;
  return JSON.stringify(v);
}

/** CSV columns of a type: every property of its JSON Schema, with `linkedFrom` split into one column per kind. */
export function csvColumns(schema: Record<string, unknown>): string[] {
  const props = schema.properties as Record<string, { properties?: Record<string, unknown> }>;
  return Object.entries(props).flatMap(([key, prop]) =>
    key === 'linkedFrom' ? Object.keys(prop.properties ?? {}).map((k) => `linkedFrom.${k}`) : [key],
  );
}

/**
 * Columns for records of several types in one file: each type's columns in order, a
 * column the types share only once. For one type this is exactly its /data/ CSV header.
 */
export function csvColumnsOf(schemas: Record<string, unknown>[]): string[] {
  return [...new Set(schemas.flatMap(csvColumns))];
}

/** A CSV file of exported records under the given columns; a column a record lacks stays empty. */
export function csvTable(columns: string[], records: object[]): string {
  const rows = records.map((r) =>
    columns.map((c) => {
      const [key, sub] = c.split('.');
      const value = (r as Record<string, unknown>)[key];
      return cellOf(sub ? (value as Record<string, unknown> | undefined)?.[sub] : value);
    }),
  );
  return toCsv(columns, rows);
}

/** The /data/ CSV file of one record type. */
export function csvOf(schema: Record<string, unknown>, records: object[]): string {
  return csvTable(csvColumns(schema), records);
}
