/**
 * The licence of Kapstok's open data and texts, and the attribution its reference data
 * requires (see src/data/reference/SOURCES.md). CC BY 4.0 fits both: the records' own
 * text may be reused with a credit, and the Statbel and Onroerend Erfgoed data that
 * the derived fields come from ask for attribution themselves.
 */
export const licence = {
  name: 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** How to credit Kapstok. */
  credit: 'Kapstok, kennisbank lokaal integratiebeleid',
  /** Credits the reference data requires for the derived fields (NIS code, province, size class). */
  attribution: [
    'Bron: Statbel (Algemene Directie Statistiek – Statistics Belgium): NIS-codes en inwonersaantallen op 1 januari 2022, onder de Licentie open data van Statbel.',
    'Provincies in Cijfers (Data & Analyse van de Vlaamse provincies): gemeenten, provincies, deelgemeenten en woonkernen.',
    'Onroerend Erfgoed: lijst van deelgemeenten, onder CC BY 4.0.',
    'Statistiek Vlaanderen: de lijst van de 13 centrumsteden.',
  ],
};
