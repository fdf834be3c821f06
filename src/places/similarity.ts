/**
 * "Gemeenten zoals de mijne": a transparent similarity on public figures, in the spirit
 * of mySociety's CAPE method. Each figure is standardised over all municipalities
 * (z-score: minus the mean, divided by the standard deviation), the distance between
 * two municipalities is the weighted Euclidean distance of their z-scores, and the match
 * percentage is 100 × (1 − distance / largest distance between any two municipalities).
 * The method and weights are stated on /over/; change them here and the page follows.
 */

export const similarityFeatures = [
  { key: 'logPopulation', label: 'inwoners (logaritme)', weight: 3 },
  { key: 'logDensity', label: 'inwoners per km² (logaritme)', weight: 2 },
  { key: 'nonBelgian', label: 'aandeel inwoners zonder Belgische nationaliteit', weight: 2 },
  { key: 'young', label: 'aandeel 0–17 jaar', weight: 1 },
  { key: 'old', label: 'aandeel 65 jaar of ouder', weight: 1 },
  { key: 'centrumstad', label: 'centrumstad (ja = 1, nee = 0)', weight: 1 },
] as const;

export type FeatureKey = (typeof similarityFeatures)[number]['key'];

export interface SimilarityInput {
  nis: string;
  province: string;
  values: Record<FeatureKey, number>;
}

export interface Peer {
  nis: string;
  /** Match percentage, 0–100, rounded to whole numbers. */
  match: number;
  /** Distance in weighted z-score units (unrounded). */
  distance: number;
  /** The figures that lie closest, most alike first (two, or three when centrumstad is shared). */
  alike: FeatureKey[];
}

export interface PeerIndex {
  /** The most similar municipalities in Flanders and Brussels. */
  all: Map<string, Peer[]>;
  /** The most similar municipalities in the same province (or Brussels). */
  sameProvince: Map<string, Peer[]>;
}

function zScores(items: SimilarityInput[]): Map<string, number[]> {
  const n = items.length;
  const columns = similarityFeatures.map((f) => {
    const values = items.map((i) => i.values[f.key]);
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n) || 1;
    return values.map((v) => (v - mean) / sd);
  });
  return new Map(items.map((item, i) => [item.nis, columns.map((c) => c[i])]));
}

/** Compute the k most similar municipalities for each one. Independent of the input order. */
export function computePeers(input: SimilarityInput[], k = 10): PeerIndex {
  // Sort first: sums in a fixed order give bit-identical results whatever order the data came in.
  const items = [...input].sort((a, b) => (a.nis < b.nis ? -1 : a.nis > b.nis ? 1 : 0));
  for (const item of items) {
    for (const f of similarityFeatures) {
      if (!Number.isFinite(item.values[f.key])) throw new Error(`similarity: ${item.nis} has no valid figure for ${f.key}`);
    }
  }
  const z = zScores(items);
  const totalWeight = similarityFeatures.reduce((s, f) => s + f.weight, 0);
  const parts = (a: string, b: string) => {
    const za = z.get(a)!;
    const zb = z.get(b)!;
    return similarityFeatures.map((f, i) => (f.weight / totalWeight) * (za[i] - zb[i]) ** 2);
  };
  const weights = similarityFeatures.map((f) => f.weight / totalWeight);
  const distance = (a: string, b: string) => {
    const za = z.get(a)!;
    const zb = z.get(b)!;
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += weights[i] * (za[i] - zb[i]) ** 2;
    return Math.sqrt(sum);
  };

  let largest = 0;
  const distances = new Map<string, Map<string, number>>();
  for (const a of items) {
    const row = new Map<string, number>();
    for (const b of items) {
      if (a.nis === b.nis) continue;
      const d = distance(a.nis, b.nis);
      row.set(b.nis, d);
      if (d > largest) largest = d;
    }
    distances.set(a.nis, row);
  }

  const centrumstadIndex = similarityFeatures.findIndex((f) => f.key === 'centrumstad');
  function peersOf(a: SimilarityInput, pool: SimilarityInput[]): Peer[] {
    const row = distances.get(a.nis)!;
    return pool
      .filter((b) => b.nis !== a.nis)
      .map((b) => ({ b, d: row.get(b.nis)! }))
      .sort((x, y) => x.d - y.d || (x.b.nis < y.b.nis ? -1 : 1))
      .slice(0, k)
      .map(({ b, d }) => {
        const p = parts(a.nis, b.nis);
        const order = similarityFeatures
          .map((f, i) => ({ key: f.key, part: p[i], i }))
          .filter((x) => x.i !== centrumstadIndex)
          .sort((x, y) => x.part - y.part || x.i - y.i)
          .map((x) => x.key as FeatureKey);
        const alike = order.slice(0, 2);
        if (a.values.centrumstad === 1 && b.values.centrumstad === 1) alike.push('centrumstad');
        return { nis: b.nis, distance: d, match: Math.round(100 * (1 - d / largest)), alike };
      });
  }

  const byProvince = new Map<string, SimilarityInput[]>();
  for (const item of items) byProvince.set(item.province, [...(byProvince.get(item.province) ?? []), item]);
  return {
    all: new Map(items.map((a) => [a.nis, peersOf(a, items)])),
    sameProvince: new Map(items.map((a) => [a.nis, peersOf(a, byProvince.get(a.province)!)])),
  };
}
