import { municipalities } from './municipalities';
import { figuresOf } from './figures';
import { computePeers, type PeerIndex, type SimilarityInput } from './similarity';

/** Similarity inputs from the reference figures: log scales for population and density. */
export function similarityInputs(): SimilarityInput[] {
  return municipalities.map((m) => {
    const f = figuresOf(m.nis);
    return {
      nis: m.nis,
      province: m.province,
      values: {
        logPopulation: Math.log10(f.population),
        logDensity: Math.log10(f.density),
        nonBelgian: f.nonBelgian,
        young: f.young,
        old: f.old,
        centrumstad: f.centrumstad ? 1 : 0,
      },
    };
  });
}

/** Peers of every municipality, computed once per build (304 × 304 distances). */
export const peerIndex: PeerIndex = computePeers(similarityInputs());
