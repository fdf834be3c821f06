import { recordCollections, type RecordCollection } from '../content-root';
import { municipalityByNis } from '../../places/municipalities';
import type { ResolvedPlace } from '../../places/resolve';
import { recordSections } from '../record-sections.mjs';
import { hrefOf, loadBase, placesOf, provincesOf, sizeClassesOf, yearOf, type AnyRecord, type Base } from '../records';
import { datesOf } from '../../check/record-dates';
import { schemaProblems } from './schema-check';
import { exportSchemas, jsonSchemaOf, typeNames, type ExportRecord } from './schema';

// The CSV columns and cells live in ./csv (browser-safe), shared with the download buttons.
export { csvColumns, csvOf } from './csv';

/** File names under /data/ per record type, in Dutch like the site's URLs. */
export function dataFileBase(collection: RecordCollection): string {
  return recordSections[collection];
}

/** Absolute URL of a file or page of the site. */
export const absolute = (site: URL, path: string) => new URL(path, site).href;

/** Ids of the records that point to each record: the other half of every two-way link, in one pass. */
function backlinks(base: Base) {
  const index = new Map<string, Record<string, Set<string>>>();
  const add = (collection: RecordCollection, id: string, from: string, fromId: string) => {
    const key = `${collection}/${id}`;
    const entry = index.get(key) ?? {};
    (entry[from] ??= new Set()).add(fromId);
    index.set(key, entry);
  };
  for (const p of base.practices) {
    for (const o of p.data.organisations) add('organisations', o, 'practices', p.id);
    if (p.data.publisher) add('organisations', p.data.publisher, 'practices', p.id);
    for (const s of p.data.subsidies) add('subsidies', s, 'practices', p.id);
    for (const r of p.data.related) add('practices', r, 'practices', p.id);
  }
  for (const r of base.recommendations) {
    for (const p of r.data.practices) add('practices', p, 'recommendations', r.id);
    if (r.data.parent) add('recommendations', r.data.parent, 'recommendations', r.id);
    for (const s of r.data.seeAlso) add('recommendations', s, 'recommendations', r.id);
    if (r.data.issuer) add('organisations', r.data.issuer, 'recommendations', r.id);
  }
  for (const o of base.organisations) if (o.data.parent) add('organisations', o.data.parent, 'organisations', o.id);
  for (const s of base.subsidies) {
    if (s.data.providerOrganisation) add('organisations', s.data.providerOrganisation, 'subsidies', s.id);
    for (const r of s.data.related) add('subsidies', r, 'subsidies', s.id);
  }
  return (record: AnyRecord): Record<string, string[]> => {
    const found = index.get(`${record.collection}/${record.id}`) ?? {};
    const keys = Object.keys(exportSchemas[record.collection].shape.linkedFrom.shape);
    return Object.fromEntries(keys.map((k) => [k, [...(found[k] ?? [])].sort()]));
  };
}

function exportRecord(record: AnyRecord, site: URL, linkedFrom: Record<string, string[]>): ExportRecord {
  const data = record.data as Record<string, unknown>;
  const places = placesOf(record);
  const dates = datesOf(record.collection, record.id);
  // Frontmatter as written: a place is the name the source uses; its municipality is derived below.
  const fields = 'places' in data ? { ...data, places: places.map((p) => p.name) } : data;
  return {
    id: record.id,
    recordType: typeNames[record.collection],
    url: absolute(site, hrefOf(record)),
    ...fields,
    text: (record.body ?? '').trim(),
    resolvedPlaces: places.map((p: ResolvedPlace) => {
      const m = municipalityByNis(p.nis);
      return { place: p.name, nis: m.nis, municipality: m.name, province: m.province, sizeClass: m.sizeClass };
    }),
    provinces: provincesOf(record),
    sizeClasses: sizeClassesOf(record),
    year: yearOf(record),
    dateAdded: dates.added,
    dateModified: dates.updated,
    linkedFrom,
  } as ExportRecord;
}

export class ExportError extends Error {}

export interface OpenData {
  records: Record<RecordCollection, ExportRecord[]>;
  schemas: Record<RecordCollection, Record<string, unknown>>;
}

let built: Promise<OpenData> | undefined;

/**
 * Every record in its exported form, checked against the published JSON Schema of its
 * type. Any record that fails stops the build, so no data file is published with it.
 * Computed once per build.
 */
export function openData(site: URL): Promise<OpenData> {
  built ??= (async () => {
    const base = await loadBase();
    const linksOf = backlinks(base);
    const records = {} as OpenData['records'];
    const schemas = {} as OpenData['schemas'];
    const problems: string[] = [];
    for (const collection of recordCollections) {
      schemas[collection] = jsonSchemaOf(collection, absolute(site, `/data/${dataFileBase(collection)}.schema.json`));
      records[collection] = base[collection].map((r: AnyRecord) => exportRecord(r, site, linksOf(r)));
      problems.push(...schemaProblems(collection, schemas[collection], records[collection]));
    }
    if (problems.length) {
      throw new ExportError(`Open data: ${problems.length} record(s) fail their published schema; no data file is published:\n  ${problems.join('\n  ')}`);
    }
    return { records, schemas };
  })();
  return built;
}
