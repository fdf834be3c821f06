/**
 * The moment this build ran, shown as "Bijgewerkt op …" and used as the modification
 * date of the open data and feeds. SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) fixes it, so that two builds of the same commit can be byte-identical.
 */
export const buildDate: Date = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
  : new Date();

/** ISO date (YYYY-MM-DD) of the build. */
export const buildDay = buildDate.toISOString().slice(0, 10);

/** A date in Dutch, as readers write it: "1 december 2026". */
export function dutchDate(date: Date | string): string {
  return new Date(date).toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });
}
