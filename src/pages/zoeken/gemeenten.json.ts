import { searchFilters } from '../../lib/search-filters';

/**
 * The municipality filter's values as [slug, name], fetched by the search page only when
 * a search uses that filter or someone opens it: some 300 checkboxes in the page itself
 * would add about 5 KB gzip to every search.
 */
export function GET() {
  const gemeente = searchFilters.find((f) => f.key === 'gemeente')!;
  return new Response(JSON.stringify(gemeente.values.map((v) => [v.slug, v.label])), { headers: { 'Content-Type': 'application/json' } });
}
