import { getCollection, type CollectionEntry } from 'astro:content';
import { municipalityByNis, type Municipality } from '../places/municipalities';
import type { ResolvedPlace } from '../places/resolve';
import { provinces } from '../vocab/provinces';
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

/** The places of a record, when its type has places. */
export function placesOf(record: AnyRecord): ResolvedPlace[] {
  return 'places' in record.data ? (record.data.places as ResolvedPlace[]) : [];
}

/** Today's municipalities a record is tied to, without repeats. */
export function municipalitiesOf(record: AnyRecord): Municipality[] {
  const seen = new Map<string, Municipality>();
  for (const p of placesOf(record)) seen.set(p.nis, municipalityByNis(p.nis));
  return [...seen.values()];
}

/** Province slugs a record belongs to: from its municipalities, its scope, or a provincial subsidy's province. */
export function provincesOf(record: AnyRecord): string[] {
  const set = new Set(municipalitiesOf(record).map((m) => m.province));
  const d = record.data as { scope?: string; province?: string };
  // A scope that is a province (or Brussels) places the record there; Flanders-wide scopes do not.
  if (d.scope && provinces.has(d.scope)) set.add(d.scope);
  if (d.province) set.add(d.province);
  return [...set];
}

/** Size-class slugs of a record's municipalities. */
export function sizeClassesOf(record: AnyRecord): string[] {
  return [...new Set(municipalitiesOf(record).map((m) => m.sizeClass))];
}

/** The latest year any of a record's citations refers to. */
export function yearOf(record: AnyRecord): number {
  return Math.max(...record.data.sources.map((s) => s.year));
}

// ---- Links both ways, derived at build time -------------------------------------

/** Practices that name this organisation as partner or publisher. */
export function practicesOfOrganisation(base: Base, id: string): Practice[] {
  return base.practices.filter((p) => p.data.organisations.includes(id) || p.data.publisher === id);
}

/** Recommendations issued by this organisation. */
export function recommendationsOfOrganisation(base: Base, id: string): Recommendation[] {
  return base.recommendations.filter((r) => r.data.issuer === id);
}

/** Subsidy lines this organisation provides. */
export function subsidiesOfOrganisation(base: Base, id: string): Subsidy[] {
  return base.subsidies.filter((s) => s.data.providerOrganisation === id);
}

/** Branches whose parent is this organisation. */
export function branchesOf(base: Base, id: string): Organisation[] {
  return base.organisations.filter((o) => o.data.parent === id);
}

/** Practices funded by this subsidy line. */
export function practicesOfSubsidy(base: Base, id: string): Practice[] {
  return base.practices.filter((p) => p.data.subsidies.includes(id));
}

/** Subsidy records that point to this one, plus those it points to. */
export function relatedSubsidies(base: Base, subsidy: Subsidy): Subsidy[] {
  const ids = new Set(subsidy.data.related);
  for (const s of base.subsidies) if (s.data.related.includes(subsidy.id)) ids.add(s.id);
  ids.delete(subsidy.id);
  return [...ids].map((id) => base.subsidy.get(id)!).sort(byTitle);
}

/** Recommendations that this practice puts into practice. */
export function recommendationsOfPractice(base: Base, id: string): Recommendation[] {
  return base.recommendations.filter((r) => r.data.practices.includes(id));
}

/** Sub-sections of a recommendation. */
export function childrenOf(base: Base, id: string): Recommendation[] {
  return base.recommendations.filter((r) => r.data.parent === id);
}

/** Recommendations that refer to this one with seeAlso. */
export function referrersOf(base: Base, id: string): Recommendation[] {
  return base.recommendations.filter((r) => r.data.seeAlso.includes(id));
}

/**
 * Related practices: those the record names or that name it, then the practices
 * that share the most domains and target groups (same kind first). Derived, so a new
 * record shows up next to its neighbours without anyone editing the old ones.
 */
export function relatedPractices(base: Base, practice: Practice, limit = 5): Practice[] {
  const explicit = new Set(practice.data.related);
  for (const p of base.practices) if (p.data.related.includes(practice.id)) explicit.add(p.id);
  explicit.delete(practice.id);
  const scored = base.practices
    .filter((p) => p.id !== practice.id && !explicit.has(p.id))
    .map((p) => {
      const domains = p.data.domains.filter((d) => practice.data.domains.includes(d)).length;
      const groups = p.data.targetGroups.filter((g) => practice.data.targetGroups.includes(g)).length;
      const sameKind = p.data.kind === practice.data.kind ? 1 : 0;
      // A shared domain is required; the first domain is the record's main theme.
      const mainDomain = p.data.domains[0] === practice.data.domains[0] ? 1 : 0;
      return { p, score: domains * 3 + mainDomain * 2 + groups * 2 + sameKind, domains };
    })
    .filter((x) => x.domains > 0)
    .sort((a, b) => b.score - a.score || byTitle(a.p, b.p));
  const result = [...explicit].map((id) => base.practice.get(id)!).sort(byTitle);
  for (const { p } of scored) {
    if (result.length >= limit) break;
    result.push(p);
  }
  return result;
}

/** Records per domain, target group, province, size class or municipality. */
export interface Gathered {
  practices: Practice[];
  recommendations: Recommendation[];
  organisations: Organisation[];
  subsidies: Subsidy[];
}

export function gather(base: Base, keep: (r: AnyRecord) => boolean): Gathered {
  return {
    practices: base.practices.filter(keep),
    recommendations: base.recommendations.filter(keep),
    organisations: base.organisations.filter(keep),
    subsidies: base.subsidies.filter(keep),
  };
}

export function countOf(g: Gathered): number {
  return g.practices.length + g.recommendations.length + g.organisations.length + g.subsidies.length;
}
