import localitiesCsv from '../data/reference/localities.csv?raw';
import aliasesCsv from '../data/place-aliases.csv?raw';
import { parseCsv } from '../lib/csv';
import { normalise } from '../lib/slug';
import { dutchQuotes } from '../lib/typography';
import { formerMunicipalities, municipalities, municipalityByNis } from './municipalities';
import type { PickEntry, PickKind } from './picker';

const kinds: Record<string, PickKind> = { deelgemeente: 'd', district: 'k', woonkern: 'w', 'former municipality': 'f', wijk: 'a' };

/**
 * Every name the picker knows, from the reference data: municipalities, former
 * municipalities, deelgemeenten, districts, woonkernen, and the place aliases the
 * sources use. A part with the same name as its own municipality is left out.
 */
export const pickEntries: PickEntry[] = (() => {
  const out: PickEntry[] = municipalities.map((m) => [m.name, m.slug, 'g']);
  const seen = new Set(out.map((e) => `${normalise(e[0])}|${e[1]}`));
  const add = (e: PickEntry) => {
    const key = `${normalise(e[0])}|${e[1]}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  for (const f of formerMunicipalities) add([f.name, municipalityByNis(f.mergedInto).slug, 'f', f.year]);
  for (const row of parseCsv(localitiesCsv)) {
    const kind = kinds[row.type] ?? 'a';
    const former = kind === 'f' ? formerMunicipalities.find((x) => normalise(x.name) === normalise(row.name)) : undefined;
    add(kind === 'f' && !former ? [row.name, municipalityByNis(row.municipality_nis).slug, 'a'] : [row.name, municipalityByNis(row.municipality_nis).slug, kind, former?.year]);
  }
  for (const row of parseCsv(aliasesCsv)) add([row.name, municipalityByNis(row.municipality_nis).slug, 'a']);
  // Printed with Dutch apostrophes ("’s-Gravenwezel"); a name typed with ' still matches,
  // as `normalise` drops both.
  return out
    .sort((a, b) => a[0].localeCompare(b[0], 'nl') || a[1].localeCompare(b[1]))
    .map(([name, ...rest]): PickEntry => [dutchQuotes(name), ...rest]);
})();

/** Municipality name by slug. */
export const nameOfSlug = new Map(municipalities.map((m) => [m.slug, m.name]));
