import municipalitiesCsv from '../data/reference/municipalities.csv?raw';
import formerCsv from '../data/reference/former-municipalities.csv?raw';
import { parseCsv } from '../lib/csv';
import { slugify } from '../lib/slug';
import { provinceSlugOf } from '../vocab/provinces';
import { sizeClassOf } from '../vocab/size-classes';

/** A municipality as of 1 January 2025, with everything the site derives from it. */
export interface Municipality {
  /** Five-character NIS code, e.g. "23077". */
  nis: string;
  /** Dutch name, e.g. "Sint-Pieters-Leeuw". */
  name: string;
  /** URL slug of the name, unique across municipalities. */
  slug: string;
  /** Province slug (or "brussel"). */
  province: string;
  /** Legal population on the reference date. */
  population: number;
  /** Date the population figure refers to (ISO). */
  populationDate: string;
  /** Size class slug, derived from the population. */
  sizeClass: string;
  /** One of the 13 Flemish centrumsteden. */
  centrumstad: boolean;
}

export const municipalities: Municipality[] = parseCsv(municipalitiesCsv).map((row) => {
  const population = Number(row.population);
  if (!Number.isInteger(population)) throw new Error(`municipalities.csv: bad population for ${row.name_nl}`);
  return {
    nis: row.nis_code,
    name: row.name_nl,
    slug: slugify(row.name_nl),
    province: provinceSlugOf(row.province),
    population,
    populationDate: row.population_ref_date,
    sizeClass: sizeClassOf(population).slug,
    centrumstad: row.centrumstad === 'yes',
  };
});

const byNis = new Map(municipalities.map((m) => [m.nis, m]));
// Municipality pages live at /gemeenten/<slug>/, so slugs must not collide.
if (new Set(municipalities.map((m) => m.slug)).size !== municipalities.length) throw new Error('municipalities.csv: two municipalities share a URL slug');

/** The municipality with this NIS code; throws if there is none (a data error). */
export function municipalityByNis(nis: string): Municipality {
  const m = byNis.get(nis);
  if (!m) throw new Error(`No municipality with NIS code ${nis}`);
  return m;
}

/** A municipality that merged into a current one in 2019 or 2025. */
export interface FormerMunicipality {
  name: string;
  mergedInto: string;
  year: number;
}

export const formerMunicipalities: FormerMunicipality[] = parseCsv(formerCsv).map((row) => ({
  name: row.old_name,
  mergedInto: row.merged_into_nis,
  year: Number(row.year),
}));

/** Reference date of the population figures, stated on the site. */
export const populationDate = municipalities[0].populationDate;
