// Moved to src/places/facets.ts (places import lib, not the other way round); kept for existing imports.
export { municipalitiesWithRecords } from '../places/facets';
