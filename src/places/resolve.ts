import localitiesCsv from '../data/reference/localities.csv?raw';
import aliasesCsv from '../data/place-aliases.csv?raw';
import { parseCsv } from '../lib/csv';
import { normalise } from '../lib/slug';
import { formerMunicipalities, municipalities, municipalityByNis } from './municipalities';

/** A place as a record names it, tied to today's municipality. */
export interface ResolvedPlace {
  /** The name exactly as the source writes it. */
  name: string;
  /** NIS code of the 2025 municipality it lies in. */
  nis: string;
}

interface Candidate { nis: string; label: string }

const exactMunicipality = new Map<string, string>();
for (const m of municipalities) exactMunicipality.set(normalise(m.name), m.nis);
const formerByName = new Map<string, string>();
for (const f of formerMunicipalities) formerByName.set(normalise(f.name), f.mergedInto);

// Parts of municipalities: deelgemeenten, districts, woonkernen, plus the aliases and
// neighbourhoods that the sources use and the reference data lacks.
const parts = new Map<string, Candidate[]>();
function addPart(name: string, nis: string) {
  const key = normalise(name);
  const list = parts.get(key) ?? [];
  if (!list.some((c) => c.nis === nis)) list.push({ nis, label: `${name} (${municipalityByNis(nis).name})` });
  parts.set(key, list);
}
for (const row of parseCsv(localitiesCsv)) addPart(row.name, row.municipality_nis);
for (const row of parseCsv(aliasesCsv)) addPart(row.name, row.municipality_nis);

/** The municipality a name stands for on its own: a 2025 municipality or a merged former one. */
function asMunicipality(name: string): string | undefined {
  const key = normalise(name);
  return exactMunicipality.get(key) ?? formerByName.get(key);
}

export class PlaceError extends Error {}

/**
 * Resolve a place name as a source writes it. Accepted forms:
 * - a 2025 municipality ("Genk") or a former one merged in 2019/2025 ("Kruibeke");
 * - a deelgemeente, district or woonkern that exists in one municipality only ("Winterslag");
 * - "Part (Municipality)" to pick one of several ("Ruisbroek (Sint-Pieters-Leeuw)").
 * A municipality name wins over a homonymous deelgemeente elsewhere ("Tielt" is the
 * town, not the part of Tielt-Winge), because that is how sources use such names.
 */
export function resolvePlace(name: string): ResolvedPlace {
  const qualified = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
  if (qualified) {
    const [, part, qualifier] = qualified;
    const nis = asMunicipality(qualifier);
    if (!nis) throw new PlaceError(`unknown municipality "${qualifier}" in place "${name}"`);
    if (asMunicipality(part) === nis) return { name, nis };
    if (parts.get(normalise(part))?.some((c) => c.nis === nis)) return { name, nis };
    throw new PlaceError(
      `"${part}" is not a known part of ${municipalityByNis(nis).name} (place "${name}"); ` +
        `add it to src/data/place-aliases.csv with the source that names it`,
    );
  }
  const direct = asMunicipality(name);
  if (direct) return { name, nis: direct };
  const candidates = parts.get(normalise(name)) ?? [];
  if (candidates.length === 1) return { name, nis: candidates[0].nis };
  if (candidates.length > 1) {
    throw new PlaceError(
      `ambiguous place "${name}": write one of ${candidates.map((c) => `"${c.label}"`).join(', ')}`,
    );
  }
  throw new PlaceError(`unknown place "${name}": not a municipality, former municipality, deelgemeente or known alias`);
}
