import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import { buildFigures } from '../../src/places/figures';
import { geoByNis } from '../../src/places/geo';
import { municipalities } from '../../src/places/municipalities';
import { ReferenceDataError, readCounts } from '../../src/places/reference';

const FILE = 'population-structure-2022.csv';
const real = fs.readFileSync(new URL('../../src/data/reference/population-structure-2022.csv', import.meta.url), 'utf8');
const lines = real.trimEnd().split(/\r?\n/);
/** The real file with one cell of one data line (1 = first after the header) replaced. */
function withCell(line: number, column: string, value: string): string {
  const header = lines[0].split(',');
  const copy = [...lines];
  const cells = copy[line].split(',');
  cells[header.indexOf(column)] = value;
  copy[line] = cells.join(',');
  return copy.join('\n');
}
const build = (text: string) => () => buildFigures(municipalities, text, geoByNis, FILE);

describe('reference figures', () => {
  test('the real files give every municipality its figures', () => {
    const figures = buildFigures(municipalities, real, geoByNis, FILE);
    expect(figures.size).toBe(304);
    const antwerpen = figures.get('11002')!;
    expect(antwerpen.areaKm2).toBeGreaterThan(200);
    expect(antwerpen.areaKm2).toBeLessThan(215);
    expect(antwerpen.nonBelgian).toBeCloseTo(118164 / 541856, 6);
  });

  test('a missing figure stops the build naming file, line and column', () => {
    expect(build(withCell(3, 'non_belgian', ''))).toThrowError(new ReferenceDataError(`${FILE}: line 4 (11004), column non_belgian: missing figure`));
  });

  test('a malformed figure stops the build naming file, line and column', () => {
    expect(build(withCell(5, 'age_65_plus', '3.706'))).toThrowError(/population-structure-2022\.csv: line 6 \(\d+\), column age_65_plus: "3\.706" is not a whole number/);
  });

  test('a population that disagrees with municipalities.csv stops the build', () => {
    expect(build(withCell(1, 'population', '14611'))).toThrowError(/column population: 14611 differs from municipalities\.csv/);
  });

  test('a share larger than the population stops the build', () => {
    expect(build(withCell(1, 'age_0_17', '99999'))).toThrowError(/Aartselaar .* column age_0_17: larger than the population/);
  });

  test('a missing row stops the build naming the municipality', () => {
    expect(build(lines.filter((_, i) => i !== 2).join('\n'))).toThrowError(/no row for Antwerpen \(nis_code 11002\)/);
  });

  test('a missing column is named', () => {
    expect(() => readCounts('nis_code,population\n11001,5\n', FILE, 'nis_code', ['population', 'age_0_17'])).toThrowError(/column age_0_17 is missing from the header/);
  });
});
