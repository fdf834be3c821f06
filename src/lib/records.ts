/**
 * The record API in one import, for pages and components. The concerns live apart:
 * loading and sorting (load.ts), links both ways and related practices, built once per
 * build (links.ts, related.ts), and places and facets (src/places/facets.ts). This file
 * only re-exports them so existing imports keep working.
 */
export * from './load';
export * from './links';
export {
  placesOf,
  municipalitiesOf,
  provincesOf,
  sizeClassesOf,
  gather,
  countOf,
  type Gathered,
} from '../places/facets';
