import { describe, expect, test } from 'vitest';
import { editDistance, WordList } from '../../src/search/typos';

describe('typo correction', () => {
  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('offerfeset', 'offerfeest')).toBe(1);
    expect(editDistance('intergratie', 'integratie')).toBe(1);
    expect(editDistance('inbugering', 'inburgering')).toBe(1);
    expect(editDistance('kat', 'hond', 2)).toBe(3);
  });

  // Most frequent first, as the build writes it.
  const list = WordList.parse(['integratie', 'inburgering', 'moskee', 'bezoek', 'babbelonie', 'intercultureel', 'taal', 'tall'].join('\n'));

  test('an unknown word becomes the closest known word', () => {
    expect(list.correct('intergratie')).toBe('integratie');
    expect(list.correct('inbugering')).toBe('inburgering');
    expect(list.correct('babelonie')).toBe('babbelonie');
  });

  test('ties go to the most frequent word; known words stay', () => {
    expect(list.correct('tael')).toBe('taal');
    expect(list.correct('moskee')).toBe('moskee');
  });

  test('an unknown compound of known words is split', () => {
    expect(list.correct('moskeebezoek')).toBe('moskee bezoek');
  });

  test('a word far from every known word is not corrected', () => {
    expect(list.correct('xyzzyq')).toBeUndefined();
    expect(list.correct('fiets')).toBeUndefined();
  });
});

describe('typo correction prefers one edit to a split', () => {
  test('“willebabel” is Willebabbel, not “wille babel”', () => {
    const list = WordList.parse(['wille', 'babel', 'willebabbel'].join('\n'));
    expect(list.correct('willebabel')).toBe('willebabbel');
  });
});
