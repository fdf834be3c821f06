import { defineVocabulary } from './define';

/**
 * Provinces, plus Brussels, which is a region without a province. The labels match
 * the `province` column of the municipality reference data exactly.
 */
export const provinces = defineVocabulary('provinces', [
  { slug: 'antwerpen', label: 'Antwerpen', description: 'Provincie Antwerpen.' },
  { slug: 'limburg', label: 'Limburg', description: 'Provincie Limburg.' },
  { slug: 'oost-vlaanderen', label: 'Oost-Vlaanderen', description: 'Provincie Oost-Vlaanderen.' },
  { slug: 'vlaams-brabant', label: 'Vlaams-Brabant', description: 'Provincie Vlaams-Brabant.' },
  { slug: 'west-vlaanderen', label: 'West-Vlaanderen', description: 'Provincie West-Vlaanderen.' },
  { slug: 'brussel', label: 'Brussel', description: 'Brussels Hoofdstedelijk Gewest (geen provincie).' },
]);

/** Province slug for a `province` label of the reference data. */
export function provinceSlugOf(label: string): string {
  const term = provinces.terms.find((t) => t.label === label);
  if (!term) throw new Error(`Unknown province label in reference data: "${label}"`);
  return term.slug;
}

/**
 * Scopes for records that name no municipality: a whole province, Flanders, Brussels
 * or Belgium. A province scope shows the record on that province's hub page.
 */
export const scopes = defineVocabulary('scopes', [
  { slug: 'vlaanderen', label: 'Heel Vlaanderen', description: 'Het hele Vlaamse Gewest.' },
  { slug: 'vlaanderen-en-brussel', label: 'Vlaanderen en Brussel', description: 'Het Vlaamse Gewest en Brussel.' },
  { slug: 'belgie', label: 'Heel België', description: 'Het hele land.' },
  { slug: 'europa', label: 'Europa', description: 'Meerdere Europese landen.' },
  ...provinces.terms.map((p) => ({
    slug: p.slug,
    label: p.slug === 'brussel' ? 'Brussels Hoofdstedelijk Gewest' : `Provincie ${p.label}`,
    description: p.description,
  })),
]);
