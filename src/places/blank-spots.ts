import type { Base, Practice } from '../lib/load';
import { perBuild } from '../lib/per-build';
import { domains } from '../vocab/domains';
import { provinces } from '../vocab/provinces';
import { sizeClasses } from '../vocab/size-classes';
import { provincesOf, sizeClassesOf, wideScopeOf } from './facets';
import { wideScopeValue } from './wide-scope';

/**
 * Practices (kind "praktijk", search type "practices") per policy domain × province and
 * per domain × size class. Counted with the same facets the search index gets from
 * SearchIndexData.astro, so each count equals the search its cell links to.
 */
export interface Matrix {
  columns: { slug: string; label: string }[];
  rows: { slug: string; label: string; cells: { count: number; href: string }[] }[];
}

const href = (key: string, domain: string, value: string) => `/zoeken/?${new URLSearchParams([['type', 'practices'], ['domein', domain], [key, value]])}`;

function matrix(practices: Practice[], key: string, columns: { slug: string; label: string }[], facet: (p: Practice) => string[]): Matrix {
  return {
    columns,
    rows: domains.terms.map((d) => ({
      slug: d.slug,
      label: d.label,
      cells: columns.map((c) => ({
        count: practices.filter((p) => p.data.domains.includes(d.slug) && facet(p).includes(c.slug)).length,
        href: href(key, d.slug, c.slug),
      })),
    })),
  };
}

export const blankSpots = perBuild((base: Base) => {
  const practices = base.practices.filter((p) => p.data.kind === 'praktijk');
  return {
    total: practices.length,
    byProvince: matrix(practices, 'provincie', provinces.terms.map((t) => ({ slug: t.slug, label: t.label })), provincesOf),
    bySize: matrix(
      practices,
      'grootte',
      [...sizeClasses.terms.map((t) => ({ slug: t.slug, label: t.label })), wideScopeValue],
      (p) => (wideScopeOf(p) ? [wideScopeValue.slug] : sizeClassesOf(p)),
    ),
  };
});
