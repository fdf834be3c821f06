import topologyText from '../data/reference/municipalities.topojson?raw';
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ReferenceDataError } from './reference';

const FILE = 'municipalities.topojson';
/** Mean Earth radius in km (IUGG), to turn d3's steradians and radians into km² and km. */
const EARTH_RADIUS_KM = 6371.0088;

export type MunicipalityShape = Feature<Polygon | MultiPolygon, { nis_code: string; name_nl: string }>;

export const topology = JSON.parse(topologyText) as Topology<{ municipalities: GeometryCollection<{ nis_code: string; name_nl: string }> }>;

/**
 * d3-geo reads a ring as clockwise = outside, the opposite of GeoJSON's right-hand rule;
 * a polygon that reads as bigger than half the globe is turned round.
 */
export function rewind<F extends MunicipalityShape>(f: F): F {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const g = f.geometry;
  const flip = (rings: number[][][]) => rings.map((r) => [...r].reverse());
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: flip(g.coordinates) } : { ...g, coordinates: g.coordinates.map(flip) };
  return { ...f, geometry } as F;
}

/** Every municipality boundary as a GeoJSON feature, wound for d3. */
export const shapes: MunicipalityShape[] = (() => {
  const collection = feature(topology, topology.objects.municipalities) as unknown as { features: MunicipalityShape[] };
  return collection.features.map((f, i) => {
    if (!f.properties?.nis_code) throw new ReferenceDataError(`${FILE}: feature ${i + 1}, property nis_code: missing value`);
    return rewind(f);
  });
})();

export interface GeoFigures {
  /** Area in km², on the sphere. */
  areaKm2: number;
  /** Centroid [longitude, latitude]. */
  centre: [number, number];
}

export const geoByNis: Map<string, GeoFigures> = new Map(
  shapes.map((f) => [f.properties.nis_code, { areaKm2: geoArea(f) * EARTH_RADIUS_KM ** 2, centre: geoCentroid(f) as [number, number] }]),
);

/** Great-circle distance in km between two centres. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}
