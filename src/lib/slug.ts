/** Strip accents and lower-case: "Sint-Pieters-Leeuw" and "sint pieters leeuw" compare equal after `normalise`. */
export function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL slug for a Dutch name: "Sint-Pieters-Leeuw" → "sint-pieters-leeuw". */
export function slugify(name: string): string {
  return normalise(name).replace(/ /g, '-');
}
