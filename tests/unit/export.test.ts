import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvColumns, csvColumnsOf, csvOf, csvTable } from '../../src/lib/open-data/csv';
import { jsonSchemaOf } from '../../src/lib/open-data/schema';
import { pageFileName, searchFileName, selectionAttributes, selectionOf, selectRecords, typeOfPath, valuesAt, type Selection } from '../../src/lib/open-data/select';
import { exportLabel } from '../../src/lib/open-data/export-labels';
import { urlMapOf } from '../../src/integrations/pagefind';

const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  url: `https://kapstok.example/praktijken/${id}/`,
  domains: ['taal'],
  sources: [{ source: 'kapstokken-2013', section: 'X', year: 2013 }],
  resolvedPlaces: [{ place: 'Genk', nis: '71016', municipality: 'Genk' }],
  linkedFrom: { recommendations: ['a-1'], practices: [] },
  ...extra,
});

describe('selections: which open-data records a hub or list page holds', () => {
  test('dotted paths read into objects and lists', () => {
    const r = record('x');
    expect(valuesAt(r, 'domains')).toEqual(['taal']);
    expect(valuesAt(r, 'sources.source')).toEqual(['kapstokken-2013']);
    expect(valuesAt(r, 'resolvedPlaces.nis')).toEqual(['71016']);
    expect(valuesAt(r, 'linkedFrom.recommendations')).toEqual(['a-1']);
    expect(valuesAt(r, 'publisher')).toEqual([]);
    expect(valuesAt(r, 'nothing.deeper')).toEqual([]);
  });

  test('a record is picked when one of the fields holds the value; no field picks the whole type', () => {
    const data = {
      practices: [record('a'), record('b', { domains: ['werk'], publisher: 'odice' }), record('c', { organisations: ['odice'] })],
      organisations: [{ id: 'o', url: 'https://kapstok.example/organisaties/o/', domains: ['taal'] }],
    };
    const ids = (s: Selection) => selectRecords(data, s).map((r) => r.id);
    expect(ids({ types: ['practices', 'organisations'], fields: ['domains'], value: 'taal' })).toEqual(['a', 'c', 'o']);
    expect(ids({ types: ['practices'], fields: ['organisations', 'publisher'], value: 'odice' })).toEqual(['b', 'c']);
    expect(ids({ types: ['organisations'] })).toEqual(['o']);
    expect(ids({ types: ['subsidies'] })).toEqual([]);
  });

  test('survives the round trip through data attributes; unknown types are an error', () => {
    const s: Selection = { types: ['practices', 'subsidies'], fields: ['organisations', 'publisher'], value: 'odice' };
    const dataset = (attrs: Record<string, string>) =>
      Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.replace(/^data-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
    expect(selectionOf(dataset(selectionAttributes(s)))).toEqual(s);
    expect(selectionOf(dataset(selectionAttributes({ types: ['organisations'] })))).toEqual({ types: ['organisations'] });
    expect(() => selectionOf({ exportTypes: 'practices boeken' })).toThrow(/unknown record types/);
    expect(() => selectionOf({})).toThrow(/no or unknown/);
  });

  test('record type of a path', () => {
    expect(typeOfPath('/praktijken/x/')).toBe('practices');
    expect(typeOfPath('/organisaties/x/')).toBe('organisations');
    expect(typeOfPath('/thema/taal/')).toBeUndefined();
  });
});

describe('file names say what they hold', () => {
  test('pages: from the path, later pages of a list name the whole list', () => {
    expect(pageFileName('/thema/huisvesting/')).toBe('kapstok-thema-huisvesting.csv');
    expect(pageFileName('/praktijken/pagina/3/')).toBe('kapstok-praktijken.csv');
    expect(pageFileName('/organisaties/odice/praktijken/pagina/2/')).toBe('kapstok-organisaties-odice-praktijken.csv');
  });

  test('searches: query and filters, accents dropped, long queries cut at a word', () => {
    expect(searchFileName('taal', [])).toBe('kapstok-zoeken-taal.csv');
    expect(searchFileName('Taalcafé in Genk!', [['provincie', 'limburg'], ['type', 'practices']])).toBe('kapstok-zoeken-taalcafe-in-genk-provincie-limburg-type-practices.csv');
    expect(searchFileName('', [['domein', 'werk-en-economie']])).toBe('kapstok-zoeken-domein-werk-en-economie.csv');
    expect(searchFileName('"<script>"/../x', [])).toBe('kapstok-zoeken-script-x.csv');
    const long = searchFileName('woord '.repeat(40), []);
    expect(long.length).toBeLessThanOrEqual(84);
    expect(long).toMatch(/^kapstok-zoeken-(woord-)*woord\.csv$/);
  });
});

describe('CSV of several record types', () => {
  const practices = jsonSchemaOf('practices', 'x');
  const organisations = jsonSchemaOf('organisations', 'y');

  test('one type: exactly the columns of its /data/ file', () => {
    expect(csvColumnsOf([practices])).toEqual(csvColumns(practices));
  });

  test('several types: each type’s columns in order, shared columns once, empty cells where a type lacks a column', () => {
    const columns = csvColumnsOf([practices, organisations]);
    expect(columns.slice(0, csvColumns(practices).length)).toEqual(csvColumns(practices));
    expect(new Set(columns)).toEqual(new Set([...csvColumns(practices), ...csvColumns(organisations)]));
    expect(columns.length).toBe(new Set(columns).size);
    const csv = csvTable(columns, [record('a'), { id: 'o', url: 'u', phone: ['011'], linkedFrom: { subsidies: ['s'] } }]);
    const rows: Record<string, string>[] = parse(csv, { bom: true, delimiter: ';', columns: true });
    expect(rows[0]['linkedFrom.recommendations']).toBe('a-1');
    expect(rows[0].phone).toBe('');
    expect(rows[1].phone).toBe('011');
    expect(rows[1]['linkedFrom.subsidies']).toBe('s');
    expect(rows[1].domains).toBe('');
  });

  test('csvOf is csvTable under the type’s own columns', () => {
    expect(csvOf(practices, [record('a')])).toBe(csvTable(csvColumns(practices), [record('a')]));
  });
});

describe('download labels', () => {
  test('say how many records they download', () => {
    expect(exportLabel(37)).toBe('Download deze 37 fiches als CSV');
    expect(exportLabel(1)).toBe('Download deze fiche als CSV');
    expect(exportLabel(1200, 'praktijk', 'praktijken')).toBe('Download deze 1.200 praktijken als CSV');
    expect(exportLabel('{n}')).toBe('Download deze {n} fiches als CSV');
  });
});

describe('Pagefind page id → URL map', () => {
  const fragment = (body: unknown, signature = 'pagefind_dcd') => zlib.gzipSync(Buffer.from(signature + JSON.stringify(body)));

  test('reads each fragment’s URL under its page id', () => {
    const map = urlMapOf([
      { file: 'nl_b2.pf_fragment', bytes: fragment({ url: '/organisaties/o/', meta: {} }) },
      { file: 'nl_a1.pf_fragment', bytes: fragment({ url: '/praktijken/p/', content: 'x' }) },
      { file: 'README', bytes: Buffer.from('not a fragment') },
    ]);
    expect(map).toEqual({ nl_a1: '/praktijken/p/', nl_b2: '/organisaties/o/' });
    expect(Object.keys(map)).toEqual(['nl_a1', 'nl_b2']);
  });

  test('a fragment in another format stops the build with its name', () => {
    expect(() => urlMapOf([{ file: 'nl_x.pf_fragment', bytes: fragment({ url: '/p/' }, 'other') }])).toThrow(/nl_x\.pf_fragment does not start with "pagefind_dcd"/);
    expect(() => urlMapOf([{ file: 'nl_y.pf_fragment', bytes: Buffer.from('plain') }])).toThrow(/nl_y\.pf_fragment is not gzip/);
    expect(() => urlMapOf([{ file: 'nl_z.pf_fragment', bytes: fragment({ content: 'no url' }) }])).toThrow(/nl_z\.pf_fragment has no page URL/);
  });
});

describe('the build checks each page’s selection against the records the page lists', () => {
  test('a selection that picks other records is reported with the page and the differences', async () => {
    const { pickedPaths, selectionMismatch } = await import('../../src/lib/open-data/select');
    const records = { practices: [record('a'), record('b', { domains: ['werk'] })] };
    const selection: Selection = { types: ['practices'], fields: ['domains'], value: 'taal' };
    const picked = pickedPaths(records, selection);
    expect(picked).toEqual(new Set(['/praktijken/a/']));
    expect(selectionMismatch('/thema/taal/', selection, picked, ['/praktijken/a/'])).toBeUndefined();
    expect(selectionMismatch('/thema/taal/', selection, picked, ['/praktijken/b/'])).toMatch(
      /^CSV download on \/thema\/taal\/: .*; 1 missing, e\.g\. \/praktijken\/b\/; 1 not on the page, e\.g\. \/praktijken\/a\/$/,
    );
  });
});
