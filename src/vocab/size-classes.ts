import { defineVocabulary, type Term } from './define';

export interface SizeClass extends Term {
  /** Lowest population included in the class. */
  min: number;
  /** Population from which the next class starts; Infinity for the last one. */
  below: number;
}

/**
 * Municipality size classes on the population figures of the reference data
 * (1 January 2022; see src/data/reference/SOURCES.md). Five classes so that every
 * class holds enough municipalities to be worth browsing.
 */
export const sizeClasses = defineVocabulary<SizeClass>('sizeClasses', [
  { slug: 'tot-10000', label: 'Minder dan 10.000 inwoners', description: 'Kleine gemeenten.', min: 0, below: 10_000 },
  { slug: '10000-tot-20000', label: '10.000 tot 20.000 inwoners', description: 'Middelgrote gemeenten.', min: 10_000, below: 20_000 },
  { slug: '20000-tot-50000', label: '20.000 tot 50.000 inwoners', description: 'Grotere gemeenten en kleine steden.', min: 20_000, below: 50_000 },
  { slug: '50000-tot-100000', label: '50.000 tot 100.000 inwoners', description: 'Steden.', min: 50_000, below: 100_000 },
  { slug: 'vanaf-100000', label: '100.000 inwoners of meer', description: 'Grote steden.', min: 100_000, below: Infinity },
]);

/** The size class of a municipality with this population. */
export function sizeClassOf(population: number): SizeClass {
  const found = sizeClasses.terms.find((c) => population >= c.min && population < c.below);
  if (!found) throw new Error(`No size class for population ${population}`);
  return found;
}
