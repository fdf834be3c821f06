import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiLineString } from 'geojson';
import { rewind, topology, type MunicipalityShape } from './geo';
import { municipalities } from './municipalities';

/**
 * Maps drawn at build time as SVG paths: no map script runs in the browser. The
 * boundaries are simplified with topojson-simplify on the shared arcs (neighbours keep
 * a common border, no gaps), at one level for the large maps and a coarser one for the
 * small locator map, so that pages stay within their byte budgets.
 */

type Props = { nis_code: string; name_nl: string; province: string };
type Topo = Topology<{ municipalities: GeometryCollection<Props> }>;

const pre = presimplify(topology as unknown as Topology) as unknown as Topo;
function simplified(keep: number): Topo {
  return simplify(pre as unknown as Topology, quantile(pre as unknown as Topology, keep)) as unknown as Topo;
}

function shapesOf(topo: Topo): Map<string, MunicipalityShape> {
  const fc = feature(topo, topo.objects.municipalities) as unknown as { features: MunicipalityShape[] };
  return new Map(fc.features.map((f) => [f.properties.nis_code, rewind(f)]));
}

/** Lambert conformal conic on Belgium's standard parallels (as Belgian Lambert 72). */
function projection(): GeoProjection {
  return geoConicConformal().parallels([49.8333, 51.1667]).rotate([-4.3674, 0]);
}

export interface MapLayer {
  width: number;
  height: number;
  paths: { nis: string; d: string }[];
}

const fine = simplified(0.09);
const fineShapes = shapesOf(fine);
const coarse = simplified(0.02);
const coarseShapes = shapesOf(coarse);

/** A map of these municipalities, fitted to `width` px wide. */
export function municipalityMap(nisCodes: string[], width: number): MapLayer {
  const features = nisCodes.map((nis) => fineShapes.get(nis)!);
  const proj = projection().fitWidth(width, { type: 'FeatureCollection', features });
  const path = geoPath(proj).digits(1);
  const [[, y0], [, y1]] = path.bounds({ type: 'FeatureCollection', features });
  const height = Math.ceil(y1 - Math.min(0, y0)) + 1;
  return { width, height, paths: features.map((f) => ({ nis: f.properties.nis_code, d: path(f) ?? '' })) };
}

export interface Locator {
  width: number;
  height: number;
  /** Outer border of Flanders and Brussels. */
  outline: string;
  /** Borders between provinces (and Brussels). */
  provinces: string;
  /** The municipality itself. */
  shape: string;
  /** Its centre, for a dot that stays visible when the shape is tiny. */
  dot: [number, number];
}

const LOCATOR_WIDTH = 240;
const allCoarse = { type: 'FeatureCollection' as const, features: [...coarseShapes.values()] };
const locatorProjection = projection().fitWidth(LOCATOR_WIDTH, allCoarse);
const locatorPath = geoPath(locatorProjection).digits(0);
const locatorHeight = Math.ceil(locatorPath.bounds(allCoarse)[1][1]) + 1;
const outline = locatorPath(mesh(coarse as unknown as Topology, coarse.objects.municipalities as never, (a, b) => a === b) as MultiLineString) ?? '';
const provinceBorders =
  locatorPath(
    mesh(coarse as unknown as Topology, coarse.objects.municipalities as never, (a: { properties: Props }, b: { properties: Props }) => a !== b && a.properties.province !== b.properties.province) as MultiLineString,
  ) ?? '';

/** A small map of Flanders and Brussels with this municipality marked. */
export function locatorMap(nis: string, centre: [number, number]): Locator {
  const shape = locatorPath(coarseShapes.get(nis)!) ?? '';
  const [x, y] = locatorProjection(centre) ?? [0, 0];
  return { width: LOCATOR_WIDTH, height: locatorHeight, outline, provinces: provinceBorders, shape, dot: [Math.round(x), Math.round(y)] };
}

/** Every municipality in Flanders and Brussels, for the full map. */
export const allNis = municipalities.map((m) => m.nis);
