import type { Base, Organisation, Practice, Recommendation, Subsidy } from '../lib/load';
import { yearOf } from '../lib/load';
import { perBuild } from '../lib/per-build';
import { municipalities, municipalityByNis, type Municipality } from './municipalities';
import { figuresOf, type Figures } from './figures';
import { peerIndex } from './peers';
import type { FeatureKey, Peer } from './similarity';
import { nearbyIndex } from './nearby';
import { placesOf, recordsIn, recordsScoped, scopesCovering, scopeLabel, wideScopeValue } from './facets';

/** How many items each list on a municipality page shows before it hands over to search. */
export const SHORT = 5;
/** Municipalities whose centres lie within this distance count as "in de buurt". */
export const NEARBY_KM = 15;

/** A search URL: repeated keys combine with OR within a filter, AND across filters. */
export function searchHref(params: [string, string][]): string {
  return `/zoeken/?${new URLSearchParams(params).toString()}`;
}

const practiceTypes: [string, string][] = [['type', 'practices'], ['type', 'hulpmiddel']];
export const practicesIn = (slugs: string[]) => searchHref([...practiceTypes, ...slugs.map((s): [string, string] => ['gemeente', s])]);

/** Practices per municipality, from the place index; wide-scope practices per scope. */
const practiceIndex = perBuild((base: Base) => {
  const byNis = new Map<string, Practice[]>();
  for (const m of municipalities) {
    const list = recordsIn(base, m.nis).filter((r): r is Practice => r.collection === 'practices');
    if (list.length) byNis.set(m.nis, list);
  }
  return byNis;
});

export function practicesOfMunicipality(base: Base, nis: string): Practice[] {
  return practiceIndex(base).get(nis) ?? [];
}

export interface PeerView extends Peer {
  municipality: Municipality;
  figures: Figures;
  practices: number;
}

export interface PracticeAt {
  practice: Practice;
  /** Where, or why it applies: "Genk", "Genk, 8 km", "geldt voor heel Limburg". */
  note: string;
}

function peerViews(base: Base, peers: Peer[]): PeerView[] {
  return peers.map((p) => ({ ...p, municipality: municipalityByNis(p.nis), figures: figuresOf(p.nis), practices: practicesOfMunicipality(base, p.nis).length }));
}

/** Practices of a list of municipalities, in the list's order, each once. */
function practicesAcross(base: Base, list: { nis: string; note: string }[]): PracticeAt[] {
  const seen = new Set<string>();
  const out: PracticeAt[] = [];
  for (const { nis, note } of list) {
    for (const practice of practicesOfMunicipality(base, nis)) {
      if (seen.has(practice.id)) continue;
      seen.add(practice.id);
      out.push({ practice, note });
    }
  }
  return out;
}

const organisationOrder = ['integratiecentrum', 'onthaalbureau', 'huis-van-het-nederlands', 'samenlevingsopbouw', 'tolkendienst'];

export interface MunicipalityView {
  m: Municipality;
  figures: Figures;
  /** Names the sources use for places in this municipality, other than its own name. */
  placeNames: string[];
  here: Practice[];
  peers: PeerView[];
  peersInProvince: PeerView[];
  peerPractices: PracticeAt[];
  peerPracticeCount: number;
  peersWithPractices: string[];
  nearby: PracticeAt[];
  nearbyCount: number;
  nearbySlugs: string[];
  wide: PracticeAt[];
  wideCount: number;
  organisations: Organisation[];
  subsidies: { provincial: Subsidy[]; flemish: Subsidy[]; other: Subsidy[] };
  advice: { domain: string; records: Recommendation[] }[];
}

export function municipalityView(base: Base, m: Municipality): MunicipalityView {
  const figures = figuresOf(m.nis);
  const here = practicesOfMunicipality(base, m.nis);
  const placeNames = [...new Set(recordsIn(base, m.nis).flatMap((r) => placesOf(r)).filter((p) => p.nis === m.nis && p.name !== m.name).map((p) => p.name))];

  const peers = peerViews(base, peerIndex.all.get(m.nis)!);
  const peersInProvince = peerViews(base, peerIndex.sameProvince.get(m.nis)!);
  const peerAll = practicesAcross(base, peers.map((p) => ({ nis: p.nis, note: p.municipality.name })));

  const close = nearbyIndex.get(m.nis)!.filter((n) => n.km <= NEARBY_KM);
  const nearAll = practicesAcross(base, close.map((n) => ({ nis: n.nis, note: `${municipalityByNis(n.nis).name}, ${Math.round(n.km)} km` })));

  const wideAll: PracticeAt[] = scopesCovering(m).flatMap((scope) =>
    recordsScoped(base, scope)
      .filter((r): r is Practice => r.collection === 'practices')
      .map((practice) => ({ practice, note: scopeLabel(scope) })),
  );

  // Regional organisations: those the sources tie to this municipality, then those for its province or Brussels.
  const own = recordsIn(base, m.nis).filter((r): r is Organisation => r.collection === 'organisations');
  const regional = recordsScoped(base, m.province).filter((r): r is Organisation => r.collection === 'organisations');
  const rank = (o: Organisation) => {
    const i = organisationOrder.indexOf(o.data.kind);
    return i === -1 ? organisationOrder.length : i;
  };
  const organisations = [...new Set([...own, ...regional])].sort((a, b) => rank(a) - rank(b));

  const subsidies = {
    provincial: base.subsidies.filter((s) => s.data.level === 'provinciaal' && s.data.province === m.province),
    flemish: m.province === 'brussel' ? [] : base.subsidies.filter((s) => s.data.level === 'vlaams'),
    other: base.subsidies.filter((s) => s.data.level === 'federaal' || s.data.level === 'europees'),
  };

  return {
    m,
    figures,
    placeNames,
    here,
    peers,
    peersInProvince,
    peerPractices: peerAll.slice(0, SHORT),
    peerPracticeCount: peerAll.length,
    peersWithPractices: peers.filter((p) => p.practices > 0).map((p) => p.municipality.slug),
    nearby: nearAll.slice(0, SHORT),
    nearbyCount: nearAll.length,
    nearbySlugs: close.filter((n) => practicesOfMunicipality(base, n.nis).length > 0).map((n) => municipalityByNis(n.nis).slug),
    wide: wideAll.slice(0, SHORT),
    wideCount: wideAll.length,
    organisations,
    subsidies,
    advice: adviceByDomain(base),
  };
}

/** Domain advice (type domeinadvies), grouped under each record's first domain. Same for every page. */
const adviceByDomain = perBuild((base: Base) => {
  const groups = new Map<string, Recommendation[]>();
  for (const r of base.recommendations) {
    if (r.data.type !== 'domeinadvies') continue;
    const d = r.data.domains[0];
    groups.set(d, [...(groups.get(d) ?? []), r]);
  }
  return [...groups.entries()].map(([domain, records]) => ({ domain, records }));
});

/** A subsidy condition that a figure on the page seems to speak to (origin or a number of inhabitants). */
export function conditionNeedsFigure(condition: string): boolean {
  return /herkomst|inwoners/i.test(condition);
}

/** Display of one figure for "why similar". */
const percent = new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 });
export function formatFigure(key: FeatureKey, f: Figures): string {
  switch (key) {
    case 'logPopulation': return `${whole.format(f.population)} inwoners`;
    case 'logDensity': return `${whole.format(f.density)} inw./km²`;
    case 'nonBelgian': return `${percent.format(f.nonBelgian)} zonder Belgische nationaliteit`;
    case 'young': return `${percent.format(f.young)} jonger dan 18`;
    case 'old': return `${percent.format(f.old)} 65+`;
    case 'centrumstad': return 'ook centrumstad';
  }
}
export const formatPercent = (share: number) => percent.format(share);
export const formatWhole = (n: number) => whole.format(n);
const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });
/** Areas below 10 km² keep one decimal, so Herstappe (1,4 km²) does not read as 1 km². */
export const formatArea = (km2: number) => (km2 < 10 ? decimal : whole).format(km2);

export { wideScopeValue, yearOf };
