import { defineVocabulary } from './define';

/** The kinds of advice in the sources, each shown as its own group on list and hub pages. */
export const recommendationTypes = defineVocabulary('recommendationTypes', [
  { slug: 'prioriteit', label: 'Prioriteit', description: 'Een van de tien prioriteiten van het Minderhedenforum (2018).' },
  { slug: 'domeinadvies', label: 'Advies per beleidsdomein', description: 'Concreet advies per beleidsdomein, met hoe u aan de slag gaat.' },
  { slug: 'aanbeveling', label: 'Aanbeveling', description: 'Een van de tien aanbevelingen voor een samenhangend migratiebeleid.' },
  { slug: 'sleutelfactor', label: 'Sleutelfactor', description: 'Een sleutelfactor voor een “stad voor iedereen” (IncluCities).' },
  { slug: 'context', label: 'Achtergrond en context', description: 'Waarom en in welke context een aanpak werkt.' },
  { slug: 'heet-hangijzer', label: 'Heet hangijzer', description: 'Een moeilijke vraag over integratie, met antwoorden.' },
  // Not advice from an issuer but what local governments themselves reported; kept apart so the
  // survey's findings are citable without being presented as someone's recommendation.
  { slug: 'succesfactor-of-valkuil', label: 'Succesfactoren en valkuilen', description: 'Wat gemeenten en OCMW’s zelf noemden als oorzaak van succes of mislukking (VVSG-enquête, december 2008).' },
]);
