import { defineVocabulary } from './define';

/** Which government or fund a subsidy line comes from; follows the chapters of the 2013 subsidy overview. */
export const subsidyLevels = defineVocabulary('subsidyLevels', [
  { slug: 'vlaams', label: 'Vlaamse overheid', description: 'Subsidies van de Vlaamse overheid.' },
  { slug: 'provinciaal', label: 'Provinciale overheid', description: 'Subsidies van een provincie.' },
  { slug: 'federaal', label: 'Federale overheid', description: 'Subsidies van de federale overheid.' },
  { slug: 'europees', label: 'Europese Unie', description: 'Europese fondsen en programma’s.' },
  { slug: 'ander-fonds', label: 'Ander fonds', description: 'Stichtingen en andere fondsen.' },
]);
