/**
 * Words as search sees them, the same at build time (vocabulary, compounds, synonyms)
 * and in the browser (query rewriting): lowercase, accents folded (people often type
 * "cafe" for "café"), split on anything that is not a letter or digit.
 */

/** Lowercase and strip diacritics: "Babbelonië" → "babbelonie". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text, folded, in order. Apostrophes inside words are dropped ("baby's" → "babys"). */
export function words(s: string): string[] {
  return fold(s)
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
