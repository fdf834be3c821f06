/**
 * The search value for records that name no municipality but a whole area (a province,
 * Flanders, Brussels, Belgium): the size-class filter keeps them under this value
 * instead of dropping them.
 */
export const wideScopeValue = { slug: 'breed', label: 'Provincie- of Vlaanderenbreed' } as const;
