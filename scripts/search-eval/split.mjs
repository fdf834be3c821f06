// The fixed split of the judged query set: a query's half depends only on its text
// (FNV-1a hash), so adding queries never moves an existing one between halves.
export function halfOf(query) {
  let h = 0x811c9dc5;
  for (const ch of query.normalize('NFC').toLowerCase()) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tuning' : 'held-out';
}
