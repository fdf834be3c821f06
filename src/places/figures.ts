import structureCsv from '../data/reference/population-structure-2022.csv?raw';
import { municipalities, type Municipality } from './municipalities';
import { geoByNis } from './geo';
import { ReferenceDataError, readCounts } from './reference';

const FILE = 'population-structure-2022.csv';
const COLUMNS = ['population', 'non_belgian', 'age_0_17', 'age_65_plus'] as const;

/** The public figures of a municipality that the site shows and compares. */
export interface Figures {
  nis: string;
  population: number;
  /** Reference date of the population structure (ISO). */
  date: string;
  /** Share (0–1) of residents without Belgian nationality. Nationality is not origin. */
  nonBelgian: number;
  /** Share (0–1) aged 0–17. */
  young: number;
  /** Share (0–1) aged 65 or more. */
  old: number;
  /** Area in km², from the boundary file. */
  areaKm2: number;
  /** Inhabitants per km². */
  density: number;
  /** Centre of the boundary [longitude, latitude]. */
  centre: [number, number];
  centrumstad: boolean;
}

/** Join the reference files into figures per municipality; any gap or mismatch stops the build. */
export function buildFigures(list: Municipality[], text: string, geo: typeof geoByNis, file = FILE): Map<string, Figures> {
  const counts = readCounts(text, file, 'nis_code', COLUMNS);
  const dates = new Map<string, string>();
  text.split(/\r?\n/).slice(1).forEach((line) => {
    const [nis, , date] = line.split(',');
    if (nis) dates.set(nis, date);
  });
  const out = new Map<string, Figures>();
  for (const m of list) {
    const c = counts.get(m.nis);
    if (!c) throw new ReferenceDataError(`${file}: no row for ${m.name} (nis_code ${m.nis})`);
    if (c.population !== m.population) {
      throw new ReferenceDataError(`${file}: ${m.name} (nis_code ${m.nis}), column population: ${c.population} differs from municipalities.csv (${m.population})`);
    }
    for (const column of ['non_belgian', 'age_0_17', 'age_65_plus'] as const) {
      if (c[column] > c.population) throw new ReferenceDataError(`${file}: ${m.name} (nis_code ${m.nis}), column ${column}: larger than the population`);
    }
    const g = geo.get(m.nis);
    if (!g || !(g.areaKm2 > 0)) throw new ReferenceDataError(`municipalities.topojson: no boundary for ${m.name} (nis_code ${m.nis})`);
    out.set(m.nis, {
      nis: m.nis,
      population: c.population,
      date: dates.get(m.nis) ?? m.populationDate,
      nonBelgian: c.non_belgian / c.population,
      young: c.age_0_17 / c.population,
      old: c.age_65_plus / c.population,
      areaKm2: g.areaKm2,
      density: c.population / g.areaKm2,
      centre: g.centre,
      centrumstad: m.centrumstad,
    });
  }
  return out;
}

export const figuresByNis: Map<string, Figures> = buildFigures(municipalities, structureCsv, geoByNis);

export function figuresOf(nis: string): Figures {
  return figuresByNis.get(nis)!;
}
