import { describe, expect, test } from 'vitest';
import { groupHref, laterPages, pageHref, pageLinks, paginate } from '../../src/lib/pagination';

const group = (id: string, n: number) => ({ id, label: id.toUpperCase(), records: Array.from({ length: n }, (_, i) => `${id}${i}`) });

describe('pagination', () => {
  test('page 1 lives at the list itself, later pages under pagina/', () => {
    expect(pageHref('/praktijken/', 1)).toBe('/praktijken/');
    expect(pageHref('/praktijken/', 2)).toBe('/praktijken/pagina/2/');
  });

  test('every record lands on exactly one page, in order, and no page holds more than the page size', () => {
    const groups = [group('a', 7), group('leeg', 0), group('b', 3), group('c', 12)];
    const list = paginate('/x/', groups, 5);
    const flat = list.pages.flatMap((p) => p.flatMap((s) => s.records));
    expect(flat).toEqual(groups.flatMap((g) => g.records));
    expect(list.pages.map((p) => p.reduce((n, s) => n + s.records.length, 0))).toEqual([5, 5, 5, 5, 2]);
    expect(laterPages(list)).toEqual([2, 3, 4, 5]);
  });

  test('a group that runs over a page break is marked as continued, and links go to where it starts', () => {
    const list = paginate('/x/', [group('a', 7), group('b', 3), group('leeg', 0)], 5);
    expect(list.pages[1].map((s) => [s.group.id, s.continued])).toEqual([['a', true], ['b', false]]);
    expect(list.groups.map((g) => g.id)).toEqual(['a', 'b']);
    expect(groupHref(list, 'a')).toBe('/x/#a');
    expect(groupHref(list, 'b')).toBe('/x/pagina/2/#b');
    expect(() => groupHref(list, 'leeg')).toThrow(/no group "leeg"/);
  });

  test('an empty list still has one (empty) page, and a bad page size is refused', () => {
    expect(paginate('/x/', [], 5).pages).toEqual([[]]);
    expect(() => paginate('/x/', [], 0)).toThrow(/page size/);
  });

  test('page links show the ends, the current page and its neighbours, with gaps as null', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    // A gap of a single page shows that page rather than an ellipsis.
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 9, 10]);
  });
});
