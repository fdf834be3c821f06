// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { readState, toPagefindFilters, writeState } from '../../src/scripts/search';
import { searchFilterKeys } from '../../src/lib/search-keys';
import { searchFilters } from '../../src/lib/search-filters';

describe('search state in the URL', () => {
  test('round-trips query and filters', () => {
    const state = { q: 'taalcafé', filters: { domein: ['taal', 'wonen'], provincie: ['limburg'] } };
    expect(readState(writeState(state))).toEqual(state);
  });

  test('ignores unknown parameters, empty values and repeats', () => {
    expect(readState('?q=%20x%20&foo=bar&domein=&domein=taal&domein=taal')).toEqual({ q: 'x', filters: { domein: ['taal'] } });
  });

  test('an empty state is an empty query string', () => {
    expect(writeState({ q: '', filters: {} })).toBe('');
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
