import { describe, expect, test } from 'vitest';
import { highlightTerms, MAX_TERMS, rewrite } from '../../src/search/rewrite';
import { fold, words } from '../../src/search/text';
import { isStopWord } from '../../src/search/stopwords';

describe('query rewriting', () => {
  test('folds case and accents, so typed and written forms meet', () => {
    expect(fold('Babbelonië')).toBe('babbelonie');
    expect(words('Café Combinne')).toEqual(['cafe', 'combinne']);
    expect(words("Boekbaby's")).toEqual(['boekbabys']);
  });

  test('a question keeps only its meaningful words', () => {
    expect(rewrite('hoe maak ik brieven van de gemeente begrijpelijk?').terms).toEqual(['maak', 'brieven', 'gemeente', 'begrijpelijk']);
    expect(rewrite('Hoe betrek ik migrantenverenigingen bij het beleid').terms).toEqual(['betrek', 'migrantenverenigingen', 'beleid']);
  });

  test('a query of only stop words is reported as such, an empty one is not', () => {
    expect(rewrite('hoe kan ik het').onlyStopWords).toBe(true);
    expect(rewrite('hoe kan ik het').terms).toEqual([]);
    expect(rewrite('   ').onlyStopWords).toBe(false);
  });

  test('duplicates are searched once; very long queries are cut', () => {
    expect(rewrite('taal Taal TAAL').terms).toEqual(['taal']);
    expect(rewrite('woord '.repeat(2000)).terms).toEqual(['woord']);
    const many = Array.from({ length: 50 }, (_, i) => `woord${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    expect(rewrite(many).terms.length).toBeLessThanOrEqual(MAX_TERMS);
  });

  test('abbreviations and words with meaning are not stop words', () => {
    for (const w of ['ocmw', 'nt2', 'loi', 'samen', 'werk', 'zonder', 'tegen']) expect(isStopWord(w)).toBe(false);
  });

  test('synonyms are highlighted with the word searched', () => {
    const h = highlightTerms(['werkloze']);
    expect(h).toContain('werkloze');
    expect(h).toContain('werkzoekenden');
    expect(highlightTerms(['unia'])).toContain('cgkr');
  });
});
