import { municipalities, type Municipality } from '../places/municipalities';
import { allRecords, municipalitiesOf, type AnyRecord, type Base } from './records';

/** Municipalities that have at least one record, with those records. Only these get a page. */
export function municipalitiesWithRecords(base: Base): { municipality: Municipality; records: AnyRecord[] }[] {
  const byNis = new Map<string, AnyRecord[]>();
  for (const r of allRecords(base)) {
    for (const m of municipalitiesOf(r)) byNis.set(m.nis, [...(byNis.get(m.nis) ?? []), r]);
  }
  return municipalities
    .filter((m) => byNis.has(m.nis))
    .map((m) => ({ municipality: m, records: byNis.get(m.nis)! }))
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
}
