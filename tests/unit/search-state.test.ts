// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { MAX_QUERY, quoteQuery, readState, toPagefindFilters, writeState } from '../../src/scripts/search/state';
import { decodeEntities, highlightExcerpt, highlightText, parseExcerpt } from '../../src/scripts/search/highlight';
import { searchFilterKeys } from '../../src/lib/search-keys';
import { searchFilters } from '../../src/lib/search-filters';

const known = Object.fromEntries(searchFilters.map((f) => [f.key, new Set<string>(f.values.map((v) => v.slug))]));
const read = (search: string) => readState(search, known);

describe('search state in the URL', () => {
  test('round-trips query, filters and the exact flag', () => {
    const state = { q: 'intergratie', filters: { domein: ['taal', 'wonen'], provincie: ['limburg'] }, exact: true };
    expect(writeState(state)).toBe('?q=intergratie&domein=taal&domein=wonen&provincie=limburg&exact=1');
    expect(read(writeState(state))).toEqual({ state, problems: { unknownFilters: [], truncated: false, badEncoding: false } });
  });

  test('drops empty values and repeats, and reports unknown filter names and values', () => {
    const { state, problems } = read('?q=%20x%20&foo=bar&domein=&domein=taal&domein=taal&provincie=atlantis');
    expect(state).toEqual({ q: 'x', filters: { domein: ['taal'] }, exact: false });
    expect(problems.unknownFilters).toEqual(['foo=bar', 'provincie=atlantis']);
  });

  test('an empty state is an empty query string; exact without a query is dropped', () => {
    expect(writeState({ q: '', filters: {}, exact: false })).toBe('');
    expect(read('?exact=1').state.exact).toBe(false);
  });

  test('broken % escapes never throw: the readable part is kept and the problem reported', () => {
    const { state, problems } = read('?q=taal%E0%A4%A&domein=%ZZ');
    expect(problems.badEncoding).toBe(true);
    expect(state.q).toBe('taal');
    expect(state.q).not.toContain('\uFFFD');
    expect(read('?q=%').problems.badEncoding).toBe(true);
    expect(read('?q=caf%C3%A9+combinne').state.q).toBe('café combinne');
  });

  test('a 10,000-character query is cut to MAX_QUERY characters and reported', () => {
    const { state, problems } = read(`?q=${'a'.repeat(10_000)}`);
    expect(state.q.length).toBe(MAX_QUERY);
    expect(problems.truncated).toBe(true);
  });

  test('a query is quoted short, so the live region never reads a long query out', () => {
    expect(quoteQuery('taal')).toBe('“taal”');
    expect(quoteQuery('x'.repeat(200)).length).toBeLessThan(45);
  });

  test('OR within a filter, AND across filters, and one filter can be left out for its counts', () => {
    const filters = { domein: ['taal', 'wonen'], provincie: ['limburg'] };
    expect(toPagefindFilters(filters)).toEqual({ domein: { any: ['taal', 'wonen'] }, provincie: { any: ['limburg'] } });
    expect(toPagefindFilters(filters, 'domein')).toEqual({ provincie: { any: ['limburg'] } });
  });

  test('the page and the script use the same filter names', () => {
    expect(searchFilters.map((f) => f.key)).toEqual([...searchFilterKeys]);
  });
});

describe('highlighting without HTML', () => {
  test('an excerpt becomes plain text with Pagefind’s marks; other tags are dropped, entities decoded', () => {
    const { text, marks } = parseExcerpt('Een <mark>taal</mark>café &amp; <b>meer</b> &lt;script&gt;');
    expect(text).toBe('Een taalcafé & meer <script>');
    expect(marks).toEqual([[4, 8]]);
    expect(decodeEntities('&#39;&#x41;&nbsp;&bogus;')).toBe("'A\u00a0&bogus;");
  });

  test('searched terms are marked inside compounds, ignoring case and accents', () => {
    expect(highlightText('Migrantenverenigingen in Genk', ['verenigingen'])).toEqual([
      { text: 'Migranten', mark: false },
      { text: 'verenigingen', mark: true },
      { text: ' in Genk', mark: false },
    ]);
    expect(highlightText('Café Combinne', ['cafe']).filter((s) => s.mark).map((s) => s.text)).toEqual(['Café']);
  });

  test('Pagefind’s marks and our terms merge where they overlap', () => {
    const segments = highlightExcerpt('de <mark>taalcafés</mark> in Gent', ['taal', 'gent']);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['taalcafés', 'Gent']);
    expect(segments.map((s) => s.text).join('')).toBe('de taalcafés in Gent');
  });

  test('one-letter terms mark nothing', () => {
    expect(highlightText('a b c', ['a'])).toEqual([{ text: 'a b c', mark: false }]);
  });
});
