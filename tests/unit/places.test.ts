import { describe, expect, test } from 'vitest';
import { resolvePlace } from '../../src/places/resolve';
import { municipalities, municipalityByNis } from '../../src/places/municipalities';

const resolved = (name: string) => municipalityByNis(resolvePlace(name).nis);

describe('resolvePlace ties a place as the source writes it to today’s municipality', () => {
  test.each([
    ['Genk', 'Genk'],
    ['Winterslag', 'Genk'], // Limburg woonkern
    ['Borgerhout', 'Antwerpen'], // Antwerp district
    ['Kruibeke', 'Beveren-Kruibeke-Zwijndrecht'], // merged in 2025
    ['Borsbeek', 'Antwerpen'], // merged into Antwerpen in 2025
    ['Puurs', 'Puurs-Sint-Amands'], // merged in 2019
    ['Ruisbroek (Sint-Pieters-Leeuw)', 'Sint-Pieters-Leeuw'],
    ['Ruisbroek (Puurs-Sint-Amands)', 'Puurs-Sint-Amands'],
    ['Ruisbroek (Puurs)', 'Puurs-Sint-Amands'], // qualified with the former municipality
    ['Tielt', 'Tielt'], // the town wins over the deelgemeente of Tielt-Winge
    ['sint-pieters-leeuw', 'Sint-Pieters-Leeuw'], // case and punctuation do not matter
  ])('%s → %s', (place, municipality) => {
    expect(resolved(place).name).toBe(municipality);
  });

  test('keeps the name exactly as written', () => {
    expect(resolvePlace('Ruisbroek (Sint-Pieters-Leeuw)').name).toBe('Ruisbroek (Sint-Pieters-Leeuw)');
  });

  test.each([
    ['Ruisbroek', ['Ruisbroek (Puurs-Sint-Amands)', 'Ruisbroek (Sint-Pieters-Leeuw)']],
    ['Heusden', ['Heusden (Destelbergen)', 'Heusden (Heusden-Zolder)']],
  ])('an ambiguous name (%s) is an error that lists the candidates', (place, candidates) => {
    expect(() => resolvePlace(place)).toThrow(/ambiguous place/);
    for (const c of candidates) expect(() => resolvePlace(place)).toThrow(c);
  });

  test('an unknown place is an error', () => {
    expect(() => resolvePlace('Atlantis')).toThrow('unknown place "Atlantis"');
  });

  test('a part that does not lie in the named municipality is an error', () => {
    expect(() => resolvePlace('Winterslag (Hasselt)')).toThrow('"Winterslag" is not a known part of Hasselt');
    expect(() => resolvePlace('Ruisbroek (Nergensland)')).toThrow('unknown municipality "Nergensland"');
  });
});

describe('derived province and size class', () => {
  test('province and size class follow from the municipality', () => {
    const m = resolved('Ruisbroek (Sint-Pieters-Leeuw)');
    expect(m.province).toBe('vlaams-brabant');
    expect(m.sizeClass).toBe('20000-tot-50000');
    expect(resolved('Kruibeke').province).toBe('oost-vlaanderen');
    expect(resolved('Borgerhout').sizeClass).toBe('vanaf-100000');
  });

  test('the reference data hold 304 municipalities and 13 centrumsteden', () => {
    expect(municipalities).toHaveLength(304);
    const centrumsteden = municipalities.filter((m) => m.centrumstad).map((m) => m.name).sort();
    expect(centrumsteden).toHaveLength(13);
    expect(centrumsteden).toContain('Genk');
    expect(centrumsteden).toContain('Antwerpen');
  });

  test('every municipality has a unique URL slug', () => {
    expect(new Set(municipalities.map((m) => m.slug)).size).toBe(304);
  });
});
