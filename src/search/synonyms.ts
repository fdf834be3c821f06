/**
 * The one vocabulary of words that mean the same to the people who search Kapstok:
 * abbreviations and their expansions, old and new names, policy jargon and everyday
 * Dutch. Each group lists equivalent terms; a term is a word or a phrase.
 *
 * Used twice, so that a word typed and a word written meet:
 * - at build time (src/integrations/pagefind.ts): a record whose own text contains one
 *   term of a group is also indexed, at low weight, under the other terms;
 * - in the browser (engine.ts): the terms of a group are highlighted together.
 *
 * Add a group here, not a keyword to each record: per-record `keywords` are for words
 * that belong to that one record. Write terms in plain lowercase; accents and
 * punctuation are ignored ("kind&gezin" and "Kind en Gezin" are both "kind … gezin").
 * Keep groups to real equivalents: a group widens every search for any of its terms.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Abbreviations and their expansions
  ['ocmw', "ocmw's", 'openbaar centrum voor maatschappelijk welzijn', 'sociaal huis'],
  ['nt2', 'nederlands als tweede taal'],
  ['loi', "loi's", 'lokaal opvanginitiatief', 'lokale opvanginitiatieven', 'asielcentrum', 'opvangcentrum'],
  ['caw', 'centrum algemeen welzijnswerk', 'centrum voor algemeen welzijnswerk'],
  ['clb', 'centrum voor leerlingenbegeleiding'],
  ['vdab', 'vlaamse dienst voor arbeidsbemiddeling'],
  ['esf', 'europees sociaal fonds'],
  ['eif', 'europees integratiefonds'],
  ['evf', 'europees vluchtelingenfonds'],
  ['vvsg', 'vereniging van vlaamse steden en gemeenten'],
  ['vvj', 'vereniging vlaamse jeugddiensten'],
  ['liim', 'lokale inburgerings en integratiemonitor', 'integratiemonitor'],
  ['eu', 'europese unie', 'europese', 'europees'],
  // Old and new names
  ['cgkr', 'centrum voor gelijkheid van kansen en voor racismebestrijding', 'unia', 'interfederaal gelijkekansencentrum'],
  ['kind en gezin', 'opgroeien'],
  ['onthaalbureau', 'onthaalbureaus', 'agentschap inburgering'],
  // Jargon and everyday Dutch
  ['allochtoon', 'allochtonen', 'allochtone', 'migratieachtergrond', 'vreemde herkomst', 'vreemde origine', 'migrantenachtergrond'],
  ['werkloos', 'werkloze', 'werklozen', 'werkzoekende', 'werkzoekenden'],
  ['les', 'lessen', 'cursus', 'cursussen', 'opleiding', 'opleidingen'],
  ['gemeente', 'stad', 'lokaal bestuur', 'lokale besturen', 'gemeentebestuur', 'stadsbestuur'],
  ['zonder wettig verblijf', 'zonder papieren', 'sans papiers', 'mensen zonder papieren', 'illegalen'],
  ['bibliotheek', 'bibliotheken', 'bib'],
  ['gemeenteraadsverkiezingen', 'lokale verkiezingen', 'gemeenteverkiezingen'],
  ['stemrecht', 'kiesrecht'],
  ['buitenlanders', 'buitenlander', 'niet belgen', 'niet belg', 'vreemdelingen'],
  ['klare taal', 'duidelijke taal', 'eenvoudige taal', 'begrijpelijke taal', 'heldere taal', 'leesbare taal'],
  ['vluchteling', 'vluchtelingen', 'asielzoeker', 'asielzoekers'],
  ['dienst vreemdelingenzaken', 'vreemdelingendienst', 'vreemdelingenzaken'],
  ['tolk', 'tolken', 'tolkendienst', 'tolkdienst'],
  ['kinderopvang', 'creche', 'kinderdagverblijf', 'onthaalouder'],
  ['spijbelen', 'spijbelaars', 'brossen'],
  ['hangjongeren', 'rondhangende jongeren', 'rondhangen'],
  ['opkuisen', 'schoonmaken', 'poetsen'],
  ['moestuin', 'moestuinen', 'volkstuin', 'volkstuintjes', 'samentuin'],
  ['armoede', 'kansarmoede', 'kansarmen', 'kansarme'],
  ['senioren', 'ouderen', 'bejaarden', 'ouderenzorg'],
  ['woonwagenbewoners', 'reizigers', 'voyageurs'],
  ['huiswerkbegeleiding', 'huiswerkhulp', 'huiswerkklas', 'bijles'],
  ['cijfers', 'statistieken'],
  ['tandzorg', 'tandarts', 'tanden'],
  ['sportclub', 'sportclubs', 'sportvereniging', 'sportverenigingen'],
  ['migrantenvereniging', 'migrantenverenigingen', 'migrantenorganisaties', 'zelforganisatie', 'zelforganisaties'],
  ['sociale woning', 'sociale woningen', 'sociale huisvesting', 'sociale huurwoning'],
  ['huisjesmelker', 'huisjesmelkers', 'krotverhuurder'],
  ['schepencollege', 'college van burgemeester en schepenen'],
  ['mandataris', 'mandatarissen', 'gemeenteraadslid', 'gemeenteraadsleden', 'politici'],
  ['pro deo', 'gratis advocaat'],
];
