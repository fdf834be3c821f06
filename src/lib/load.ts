import { getCollection, type CollectionEntry } from 'astro:content';
import { recordSections } from './record-sections.mjs';

export type Practice = CollectionEntry<'practices'>;
export type Recommendation = CollectionEntry<'recommendations'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Subsidy = CollectionEntry<'subsidies'>;
export type Source = CollectionEntry<'sources'>;
export type AnyRecord = Practice | Recommendation | Organisation | Subsidy;
export type RecordType = AnyRecord['collection'];

/** Dutch URL segment and labels per record type. */
export const recordTypes: Record<RecordType, { path: string; singular: string; plural: string }> = {
  practices: { path: recordSections.practices, singular: 'Praktijk', plural: 'Praktijken' },
  recommendations: { path: recordSections.recommendations, singular: 'Aanbeveling', plural: 'Aanbevelingen' },
  organisations: { path: recordSections.organisations, singular: 'Organisatie', plural: 'Organisaties' },
  subsidies: { path: recordSections.subsidies, singular: 'Subsidielijn', plural: 'Subsidies' },
};

export function hrefOf(record: Pick<AnyRecord, 'collection' | 'id'>): string {
  return `/${recordTypes[record.collection].path}/${record.id}/`;
}

/** Everything the pages need, loaded once per build. */
export interface Base {
  practices: Practice[];
  recommendations: Recommendation[];
  organisations: Organisation[];
  subsidies: Subsidy[];
  sources: Source[];
  practice: Map<string, Practice>;
  recommendation: Map<string, Recommendation>;
  organisation: Map<string, Organisation>;
  subsidy: Map<string, Subsidy>;
  source: Map<string, Source>;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const byTitle = (a: AnyRecord, b: AnyRecord) => collator.compare(a.data.title, b.data.title);

/** Recommendations sort by source, then by their order or number. */
export function byRecommendationOrder(a: Recommendation, b: Recommendation): number {
  const sa = a.data.sources[0].source;
  const sb = b.data.sources[0].source;
  if (sa !== sb) return collator.compare(sa, sb);
  if (a.data.order !== undefined && b.data.order !== undefined && a.data.order !== b.data.order) {
    return a.data.order - b.data.order;
  }
  return collator.compare(a.data.number, b.data.number);
}

let loaded: Promise<Base> | undefined;

export function loadBase(): Promise<Base> {
  loaded ??= (async () => {
    const [practices, recommendations, organisations, subsidies, sources] = await Promise.all([
      getCollection('practices'),
      getCollection('recommendations'),
      getCollection('organisations'),
      getCollection('subsidies'),
      getCollection('sources'),
    ]);
    practices.sort(byTitle);
    organisations.sort(byTitle);
    subsidies.sort(byTitle);
    recommendations.sort(byRecommendationOrder);
    return {
      practices,
      recommendations,
      organisations,
      subsidies,
      sources,
      practice: new Map(practices.map((r) => [r.id, r])),
      recommendation: new Map(recommendations.map((r) => [r.id, r])),
      organisation: new Map(organisations.map((r) => [r.id, r])),
      subsidy: new Map(subsidies.map((r) => [r.id, r])),
      source: new Map(sources.map((s) => [s.id, s])),
    };
  })();
  return loaded;
}

export function allRecords(base: Base): AnyRecord[] {
  return [...base.practices, ...base.recommendations, ...base.organisations, ...base.subsidies];
}

/** The latest year any of a record's citations refers to. */
export function yearOf(record: AnyRecord): number {
  return Math.max(...record.data.sources.map((s) => s.year));
}
