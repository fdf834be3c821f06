import { defineVocabulary } from './define';

/** Target groups: who a practice, recommendation, organisation or subsidy is for. */
export const targetGroups = defineVocabulary('targetGroups', [
  { slug: 'alle-inwoners', label: 'Alle inwoners', description: 'Iedereen in de gemeente of de buurt.' },
  { slug: 'mensen-met-migratieachtergrond', label: 'Mensen met een migratieachtergrond', description: 'Inwoners met roots in een ander land, oud- en nieuwkomers.' },
  { slug: 'nieuwkomers', label: 'Nieuwkomers', description: 'Mensen die pas in België wonen.' },
  { slug: 'asielzoekers', label: 'Asielzoekers', description: 'Mensen die internationale bescherming vragen.' },
  { slug: 'vluchtelingen', label: 'Erkende vluchtelingen', description: 'Mensen met een verblijfsrecht als vluchteling.' },
  { slug: 'mensen-zonder-wettig-verblijf', label: 'Mensen zonder wettig verblijf', description: 'Mensen zonder verblijfsvergunning.' },
  { slug: 'roma', label: 'Roma', description: 'Roma-gezinnen en -gemeenschappen.' },
  { slug: 'woonwagenbewoners', label: 'Woonwagenbewoners', description: 'Voyageurs, Manoesjen en andere rondtrekkende groepen.' },
  { slug: 'anderstaligen', label: 'Anderstaligen', description: 'Mensen die (nog) weinig Nederlands spreken.' },
  { slug: 'kinderen', label: 'Kinderen', description: 'Kinderen tot ongeveer 12 jaar.' },
  { slug: 'jongeren', label: 'Jongeren', description: 'Tieners en jongvolwassenen.' },
  { slug: 'ouders', label: 'Ouders', description: 'Vaders, moeders en opvoeders.' },
  { slug: 'vrouwen', label: 'Vrouwen', description: 'Meisjes en vrouwen.' },
  { slug: 'senioren', label: 'Senioren', description: 'Oudere inwoners.' },
  { slug: 'werkzoekenden', label: 'Werkzoekenden', description: 'Mensen die werk zoeken.' },
  { slug: 'ondernemers', label: 'Ondernemers', description: 'Zelfstandigen, handelaars en werkgevers.' },
  { slug: 'mensen-in-armoede', label: 'Mensen in armoede', description: 'Inwoners met een laag inkomen of in armoede.' },
  { slug: 'verenigingen', label: 'Verenigingen en zelforganisaties', description: 'Verenigingen van en voor mensen met een migratieachtergrond.' },
  { slug: 'geloofsgemeenschappen', label: 'Geloofsgemeenschappen', description: 'Moskeeën, kerken en andere levensbeschouwelijke groepen.' },
  { slug: 'lokale-besturen', label: 'Lokale besturen en hun personeel', description: 'Mandatarissen, ambtenaren en diensten van gemeente en OCMW.' },
  { slug: 'hulpverleners', label: 'Hulp- en dienstverleners', description: 'Professionals in welzijn, zorg, onderwijs en andere diensten.' },
]);
