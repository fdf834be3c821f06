// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { VISIBLE_FROM, inVisibleText } from '../../src/search/visible-text';

// Content as Pagefind stores it: index-only words first, then what the page shows.
const content = 'taalcafe taalcafe oefenkans · conversatietafel Taal oefenen in de bib. Elke week praten nieuwkomers Nederlands.';
const anchors = [
  { id: 'inhoud', location: 0 },
  { id: VISIBLE_FROM, location: 5 },
];

describe('an excerpt of shown text or of index-only words', () => {
  test('an excerpt that lies after the marker is shown text', () => {
    expect(inVisibleText('Taal oefenen in de bib. Elke week', content, anchors)).toBe(true);
  });

  test('an excerpt that starts in the index-only words is not, also when it runs on into shown text', () => {
    expect(inVisibleText('taalcafe taalcafe oefenkans ·', content, anchors)).toBe(false);
    expect(inVisibleText('· conversatietafel Taal oefenen', content, anchors)).toBe(false);
  });

  test('a page without index-only words is all shown text; an empty excerpt never counts', () => {
    expect(inVisibleText('taalcafe oefenkans', 'taalcafe oefenkans', [{ id: 'inhoud', location: 0 }])).toBe(true);
    expect(inVisibleText('taalcafe oefenkans', 'taalcafe oefenkans')).toBe(true);
    expect(inVisibleText('  ', content, anchors)).toBe(false);
  });
});
