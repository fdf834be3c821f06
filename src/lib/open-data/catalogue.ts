import { recordCollections, type RecordCollection } from '../content-root';
import { buildDate } from '../build-date';
import { recordTypes } from '../records';
import { absolute, dataFileBase } from './export';
import { licence } from './licence';

/** Years the five sources cover: the VVSG survey of December 2008 up to the IncluCities toolkit of about 2022. */
export const temporalCoverage = { start: '2008-12-01', end: '2022-12-31' };

export const catalogueTitle = 'Kapstok: open data over lokaal integratiebeleid in Vlaanderen en Brussel';
export const catalogueDescription =
  'Inspirerende praktijken, aanbevelingen, organisaties en subsidielijnen voor lokaal integratiebeleid, uit vijf bronnen van 2009 tot 2022, met de gemeente van vandaag, provincie en grootteklasse.';

/**
 * DCAT-AP description of the data (JSON-LD), so that open-data portals can harvest it:
 * one dataset per record type, each with its JSON and CSV distributions and the JSON
 * Schema they conform to.
 */
export function catalogue(site: URL, counts: Record<RecordCollection, number>) {
  const url = (p: string) => absolute(site, p);
  const modified = buildDate.toISOString().slice(0, 10);
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': 'Kapstok', 'foaf:homepage': { '@id': url('/') } };
  const license = { '@id': licence.url, '@type': 'dct:LicenseDocument' };
  const temporal = {
    '@type': 'dct:PeriodOfTime',
    'dcat:startDate': { '@value': temporalCoverage.start, '@type': 'xsd:date' },
    'dcat:endDate': { '@value': temporalCoverage.end, '@type': 'xsd:date' },
  };
  const common = {
    'dct:publisher': publisher,
    'dct:license': license,
    'dct:temporal': temporal,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD' },
    'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/country/BEL' },
    'dct:modified': { '@value': modified, '@type': 'xsd:date' },
    'dcat:landingPage': { '@id': url('/data/') },
  };
  const distribution = (file: string, format: string, mediaType: string, title: string, schema?: string) => ({
    '@id': url(`/data/${file}`),
    '@type': 'dcat:Distribution',
    'dct:title': title,
    'dcat:accessURL': { '@id': url('/data/') },
    'dcat:downloadURL': { '@id': url(`/data/${file}`) },
    'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
    'dct:license': license,
    ...(schema ? { 'dct:conformsTo': { '@id': url(`/data/${schema}`) } } : {}),
  });
  const datasets = recordCollections.map((c) => {
    const file = dataFileBase(c);
    const label = recordTypes[c].plural;
    return {
      '@id': url(`/data/#${file}`),
      '@type': 'dcat:Dataset',
      'dct:identifier': `kapstok-${file}`,
      'dct:title': `Kapstok: ${label.toLowerCase()} (${counts[c]})`,
      'dct:description': `Alle ${label.toLowerCase()} van Kapstok met hun bron, plaatsen en verbanden.`,
      ...common,
      'dcat:distribution': [
        distribution(`${file}.json`, 'JSON', 'application/json', `${label} (JSON)`, `${file}.schema.json`),
        distribution(`${file}.csv`, 'CSV', 'text/csv', `${label} (CSV, puntkomma)`, `${file}.schema.json`),
      ],
    };
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': url('/data/catalogus.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': catalogueTitle,
    'dct:description': catalogueDescription,
    ...common,
    'dcat:dataset': [
      ...datasets,
      {
        '@id': url('/data/#alles'),
        '@type': 'dcat:Dataset',
        'dct:identifier': 'kapstok-alles',
        'dct:title': 'Kapstok: alle fiches in één bestand',
        'dct:description': catalogueDescription,
        ...common,
        'dcat:distribution': [distribution('kapstok.json', 'JSON', 'application/json', 'Alle fiches (JSON)')],
      },
    ],
  };
}
