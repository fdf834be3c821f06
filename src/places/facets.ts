import type { AnyRecord, Base, Organisation, Practice, Recommendation, Subsidy } from '../lib/load';
import { allRecords } from '../lib/load';
import { perBuild } from '../lib/per-build';
import { provinces } from '../vocab/provinces';
import { municipalities, municipalityByNis, type Municipality } from './municipalities';
import type { ResolvedPlace } from './resolve';

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

export { wideScopeValue } from './wide-scope';

/** Scopes that cover a municipality, widest last: its province, its region, Belgium. */
export function scopesCovering(m: Municipality): string[] {
  const own = m.province === 'brussel' ? ['brussel'] : [m.province, 'vlaanderen'];
  return [...own, 'vlaanderen-en-brussel', 'belgie'];
}

/** The record's area scope, when it names no municipality. */
export function wideScopeOf(record: AnyRecord): string | undefined {
  const scope = (record.data as { scope?: string }).scope;
  return scope && municipalitiesOf(record).length === 0 ? scope : undefined;
}

/** "geldt voor heel Limburg": how a scope-wide record is labelled on a municipality page. */
export function scopeLabel(scope: string): string {
  if (scope === 'brussel') return 'geldt voor heel Brussel';
  if (provinces.has(scope)) return `geldt voor heel ${provinces.get(scope).label}`;
  if (scope === 'vlaanderen') return 'geldt voor heel Vlaanderen';
  if (scope === 'vlaanderen-en-brussel') return 'geldt voor Vlaanderen en Brussel';
  if (scope === 'belgie') return 'geldt voor heel België';
  return 'geldt voor Europa';
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

/** Records per municipality NIS code and per wide scope, built once per build. */
export const placeIndex = perBuild((base: Base) => {
  const byNis = new Map<string, AnyRecord[]>();
  const byScope = new Map<string, AnyRecord[]>();
  for (const r of allRecords(base)) {
    for (const m of municipalitiesOf(r)) {
      const list = byNis.get(m.nis);
      if (list) list.push(r);
      else byNis.set(m.nis, [r]);
    }
    const scope = wideScopeOf(r);
    if (scope) byScope.set(scope, [...(byScope.get(scope) ?? []), r]);
  }
  return { byNis, byScope };
});

/** Records tied to this municipality (any of its places). */
export function recordsIn(base: Base, nis: string): AnyRecord[] {
  return placeIndex(base).byNis.get(nis) ?? [];
}

/** Records whose scope is exactly this area. */
export function recordsScoped(base: Base, scope: string): AnyRecord[] {
  return placeIndex(base).byScope.get(scope) ?? [];
}

/** Municipalities that have at least one record, with those records, by name. */
export function municipalitiesWithRecords(base: Base): { municipality: Municipality; records: AnyRecord[] }[] {
  const { byNis } = placeIndex(base);
  return municipalities
    .filter((m) => byNis.has(m.nis))
    .map((m) => ({ municipality: m, records: byNis.get(m.nis)! }))
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
}
