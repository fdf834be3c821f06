import { domains } from '../vocab/domains';
import { provinces } from '../vocab/provinces';
import { sizeClasses } from '../vocab/size-classes';
import { targetGroups } from '../vocab/target-groups';
import { municipalities } from '../places/municipalities';
import { wideScopeValue } from '../places/wide-scope';
import { searchFilterKeys } from './search-keys';

/**
 * The search filters: URL parameter (= Pagefind filter name), legend, and values.
 * The same names are written into the index by SearchIndexData.astro.
 */
export const searchFilters = [
  {
    key: 'type',
    legend: 'Soort',
    values: [
      { slug: 'practices', label: 'Praktijken' },
      { slug: 'hulpmiddel', label: 'Publicaties en hulpmiddelen' },
      { slug: 'recommendations', label: 'Aanbevelingen' },
      { slug: 'organisations', label: 'Organisaties' },
      { slug: 'subsidies', label: 'Subsidies' },
    ],
  },
  { key: 'domein', legend: 'Thema', values: domains.terms.map((t) => ({ slug: t.slug, label: t.label })) },
  { key: 'provincie', legend: 'Provincie', values: provinces.terms.map((t) => ({ slug: t.slug, label: t.label })) },
  // Records for a whole province or Flanders keep a value of their own instead of dropping out.
  { key: 'grootte', legend: 'Gemeentegrootte', values: [...sizeClasses.terms.map((t) => ({ slug: t.slug, label: t.label })), wideScopeValue] },
  { key: 'doelgroep', legend: 'Doelgroep', values: targetGroups.terms.map((t) => ({ slug: t.slug, label: t.label })) },
  // Today's municipality of a record's places; municipality pages link to searches over their peers.
  {
    key: 'gemeente',
    legend: 'Gemeente',
    values: [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((m) => ({ slug: m.slug, label: m.name })),
  },
] as const;


// The page and the script must agree on the filter names.
if (searchFilters.map((f) => f.key).join() !== searchFilterKeys.join()) throw new Error('search filter keys out of sync');
