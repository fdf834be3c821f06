import { municipalities } from './municipalities';
import { figuresOf } from './figures';
import { distanceKm } from './geo';

export interface Neighbour {
  nis: string;
  /** Distance between the centres of the two municipalities, in km. */
  km: number;
}

/**
 * For every municipality, all others by distance between their centres (nearest first;
 * ties by NIS code). Computed once per build: 304 × 303 distances.
 */
export const nearbyIndex: Map<string, Neighbour[]> = new Map(
  municipalities.map((a) => {
    const ca = figuresOf(a.nis).centre;
    const list = municipalities
      .filter((b) => b.nis !== a.nis)
      .map((b) => ({ nis: b.nis, km: distanceKm(ca, figuresOf(b.nis).centre) }))
      .sort((x, y) => x.km - y.km || (x.nis < y.nis ? -1 : 1));
    return [a.nis, list];
  }),
);
