import type { RecordCollection } from '../content-root';

/**
 * What each field of the open data means, in Dutch, for the /data/ page. The page lists
 * the fields from the generated JSON Schema and looks each up here; a field without an
 * explanation stops the build, so the page cannot fall behind the schema.
 */
const common: Record<string, string> = {
  id: 'Vaste sleutel van de fiche: de bestandsnaam, ook het laatste deel van de URL. Verandert niet.',
  recordType: 'Soort fiche: practice, recommendation, organisation of subsidy.',
  url: 'Vaste webadres van de fiche.',
  title: 'Titel of naam.',
  summary: 'Samenvatting in één of twee zinnen.',
  domains: 'Beleidsdomeinen (thema’s), het eerste is het hoofdthema.',
  targetGroups: 'Doelgroepen.',
  sources: 'Bron, hoofdstuk, pagina en het jaar waarop de informatie slaat. In CSV: “bron: hoofdstuk, p. pagina (jaar)”.',
  keywords: 'Extra zoekwoorden (afkortingen, varianten). Worden niet op de site getoond.',
  text: 'De tekst van de fiche in Markdown, in eigen woorden.',
  resolvedPlaces: 'Elke plaats gekoppeld aan de gemeente van vandaag: NIS-code, gemeente, provincie en grootteklasse (afgeleid). In CSV: “plaats = gemeente (NIS-code)”.',
  provinces: 'Provincies van de fiche, uit haar plaatsen, gebied of provincie (afgeleid).',
  sizeClasses: 'Grootteklassen van haar gemeenten, op de inwonersaantallen van 1 januari 2022 (afgeleid).',
  year: 'Het recentste jaar waarop een van haar bronnen slaat (afgeleid).',
  dateAdded: 'Datum waarop de fiche in Kapstok kwam.',
  dateModified: 'Datum van de laatste wijziging aan de fiche.',
  places: 'Plaatsen zoals de bron ze schrijft.',
  scope: 'Gebied wanneer de bron geen gemeente noemt: een provincie, Vlaanderen, Vlaanderen en Brussel, België of Europa.',
  links: 'Webadressen zoals de bron ze geeft, met een omschrijving. In CSV: “adres (omschrijving)”.',
};

const perType: Record<RecordCollection, Record<string, string>> = {
  practices: {
    kind: 'Soort: praktijk, publicatie, website of instrument.',
    organisations: 'Partnerorganisaties met een eigen fiche (id’s).',
    partners: 'Partners zonder eigen fiche, zoals de bron ze noemt.',
    publisher: 'Organisatie die de publicatie of het instrument uitgeeft (id).',
    subsidies: 'Subsidielijnen die de praktijk betaalden (id’s).',
    funding: 'Financiering zonder eigen fiche, zoals de bron ze noemt.',
    related: 'Praktijken die de bron zelf met deze verbindt (id’s).',
    linkedFrom: 'Fiches die naar deze verwijzen (id’s): aanbevelingen die ze toepassen en praktijken die ze als verwant noemen. In CSV één kolom per soort.',
  },
  recommendations: {
    issuer: 'Organisatie die de aanbeveling doet (id).',
    number: 'Nummer zoals de bron het geeft.',
    type: 'Soort: prioriteit, domeinadvies, aanbeveling, sleutelfactor, context of heet hangijzer.',
    order: 'Volgorde binnen de bron.',
    parent: 'Het hoofdstuk waar ze onder valt (id).',
    seeAlso: 'Onderdelen waarnaar de bron verwijst (id’s).',
    practices: 'Praktijken die de aanbeveling toepassen (id’s).',
    questions: 'Richtvragen voor een zelfevaluatie.',
    linkedFrom: 'Aanbevelingen die naar deze verwijzen als onderdeel of met “zie ook” (id’s).',
  },
  organisations: {
    kind: 'Soort organisatie.',
    region: 'Werkgebied zoals de bron het schrijft.',
    phone: 'Telefoonnummers zoals de bron ze drukte (toen geldig, nu mogelijk niet meer).',
    email: 'E-mailadressen zoals de bron ze gaf (toen geldig, nu mogelijk niet meer).',
    websites: 'Websites zoals de bron ze gaf. In CSV: “adres (omschrijving) via menu”.',
    address: 'Postadres zoals de bron het gaf.',
    offers: 'Waarvoor een lokaal bestuur er toen terecht kon.',
    parent: 'Het netwerk of de organisatie waar ze deel van uitmaakt (id).',
    linkedFrom: 'Fiches die naar deze organisatie verwijzen (id’s): praktijken, aanbevelingen, subsidielijnen en afdelingen. In CSV één kolom per soort.',
  },
  subsidies: {
    level: 'Niveau: Vlaams, provinciaal, federaal, Europees of ander fonds.',
    province: 'Provincie van een provinciale subsidielijn.',
    provider: 'Wie de subsidie gaf, zoals de bron het noemt.',
    providerOrganisation: 'Fiche van die verstrekker (id).',
    focus: 'Wat de subsidie steunde.',
    conditions: 'Voorwaarden zoals de bron ze noemt.',
    deadlines: 'Termijnen zoals de bron ze noemt (niet actueel).',
    amounts: 'Bedragen zoals de bron ze noemt (niet actueel).',
    related: 'Dezelfde subsidielijn in een andere bron (id’s).',
    linkedFrom: 'Praktijken die met deze subsidie betaald werden en subsidielijnen die naar deze verwijzen (id’s). In CSV één kolom per soort.',
  },
};

/** The Dutch explanation of a field; throws when there is none, so the build stops. */
export function fieldMeaning(collection: RecordCollection, field: string): string {
  const meaning = perType[collection][field] ?? common[field];
  if (!meaning) throw new Error(`src/lib/open-data/fields-nl.ts: no Dutch explanation for field "${field}" of ${collection}`);
  return meaning;
}
