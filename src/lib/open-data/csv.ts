/**
 * CSV for the open data: RFC 4180 quoting, CRLF line ends, a semicolon as separator
 * (Dutch-language spreadsheets read a comma as the decimal sign and expect `;`), and a
 * UTF-8 byte order mark so that Excel opens accents correctly.
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
