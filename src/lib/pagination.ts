/**
 * Long lists are cut into numbered pages with stable URLs: page 1 at the list's own
 * address, page n at `<list>pagina/<n>/`. Pure functions, so the pages, the record
 * pages that link into a list and the tests agree on where every record lands.
 */

/** Cards per list page: about 10–20 KB of gzipped HTML, well under the 30 KB budget. */
export const LIST_PAGE_SIZE = 50;

/** How many records of each type a hub or record page shows before linking to the full list. */
export const PREVIEW_SIZE = 10;

export function pageHref(listHref: string, n: number): string {
  return n === 1 ? listHref : `${listHref}pagina/${n}/`;
}

export interface Group<T> {
  id: string;
  label: string;
  description?: string;
  records: T[];
}

/** A part of a group shown on one page; `continued` when the group began on an earlier page. */
export interface Section<T> {
  group: Group<T>;
  records: T[];
  continued: boolean;
}

export interface Paged<T> {
  listHref: string;
  groups: Group<T>[];
  /** Pages in order; page n is pages[n - 1]. Always at least one (possibly empty) page. */
  pages: Section<T>[][];
  /** The page on which each group starts, by group id. */
  startPage: Map<string, number>;
}

/**
 * Cut groups of records into pages of `size` records, keeping the groups' order. A
 * group may run over several pages; empty groups are left out.
 */
export function paginate<T>(listHref: string, groups: Group<T>[], size = LIST_PAGE_SIZE): Paged<T> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  const kept = groups.filter((g) => g.records.length > 0);
  const pages: Section<T>[][] = [[]];
  const startPage = new Map<string, number>();
  let room = size;
  for (const group of kept) {
    let offset = 0;
    while (offset < group.records.length) {
      if (room === 0) {
        pages.push([]);
        room = size;
      }
      if (offset === 0) startPage.set(group.id, pages.length);
      const records = group.records.slice(offset, offset + room);
      pages.at(-1)!.push({ group, records, continued: offset > 0 });
      offset += records.length;
      room -= records.length;
    }
  }
  return { listHref, groups: kept, pages, startPage };
}

/** Where a group starts: its page and its heading. */
export function groupHref(list: Paged<unknown>, id: string): string {
  const n = list.startPage.get(id);
  if (n === undefined) throw new Error(`${list.listHref} has no group "${id}"`);
  return `${pageHref(list.listHref, n)}#${id}`;
}

/**
 * The page links to show, GOV.UK style: the first and last page, the current one and
 * its neighbours, with `null` where pages are left out (shown as an ellipsis).
 */
export function pageLinks(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** Static paths for pages 2 and up of a list (page 1 is the list's own index page). */
export function laterPages(list: Paged<unknown>): number[] {
  return list.pages.slice(1).map((_, i) => i + 2);
}
