import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/open-data/csv';
import { jsonSchemaOf } from '../../src/lib/open-data/schema';
import { schemaProblems } from '../../src/lib/open-data/schema-check';
import { recordCollections } from '../../src/lib/content-root';
import { domains } from '../../src/vocab/domains';

const practice = {
  id: 'buurthuis-voorbeeld',
  recordType: 'practice',
  url: 'https://kapstok.example/praktijken/buurthuis-voorbeeld/',
  title: 'Buurthuis',
  summary: 'Een buurthuis brengt mensen samen.',
  domains: ['sociale-cohesie'],
  targetGroups: [],
  sources: [{ source: 'kapstokken-2013', section: 'Inspirerende praktijken', year: 2013 }],
  keywords: [],
  kind: 'praktijk',
  places: ['Genk'],
  organisations: [],
  partners: [],
  subsidies: [],
  funding: [],
  links: [{ url: 'www.example.be' }],
  related: [],
  text: 'Tekst.',
  resolvedPlaces: [{ place: 'Genk', nis: '71016', municipality: 'Genk', province: 'limburg', sizeClass: '50000-tot-100000' }],
  provinces: ['limburg'],
  sizeClasses: ['50000-tot-100000'],
  year: 2013,
  dateAdded: '2026-11-22',
  dateModified: '2026-12-01',
  linkedFrom: { recommendations: [], practices: [] },
};

describe('JSON Schema generated from the zod schemas', () => {
  test.each(recordCollections)('%s: compiles under a strict JSON-Schema validator and carries the vocabularies', (c) => {
    const schema = jsonSchemaOf(c, `https://kapstok.example/data/${c}.schema.json`) as {
      properties: Record<string, { items?: { enum?: string[] } }>;
      additionalProperties: boolean;
    };
    expect(schemaProblems(c, schema, [])).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.domains.items?.enum).toEqual(domains.slugs);
    for (const key of ['id', 'url', 'title', 'summary', 'sources', 'resolvedPlaces', 'provinces', 'sizeClasses', 'linkedFrom']) {
      expect(Object.keys(schema.properties)).toContain(key);
    }
  });

  test('a record that fails its schema is named with its field, so the build can refuse to publish', () => {
    const schema = jsonSchemaOf('practices', 'x');
    expect(schemaProblems('practices', schema, [practice])).toEqual([]);
    const problems = schemaProblems('practices', schema, [
      { ...practice, domains: ['geen-thema'] },
      { ...practice, id: 'Geen Slug', resolvedPlaces: [{ ...practice.resolvedPlaces[0], nis: '7101' }] },
    ]);
    expect(problems).toContain('practices/buurthuis-voorbeeld: /domains/0 must be equal to one of the allowed values');
    expect(problems.some((p) => p.startsWith('practices/Geen Slug: /id '))).toBe(true);
    expect(problems.some((p) => p.startsWith('practices/Geen Slug: /resolvedPlaces/0/nis '))).toBe(true);
  });
});

describe('CSV writer', () => {
  test('UTF-8 BOM, semicolons, CRLF and RFC 4180 quoting that a CSV parser reads back', () => {
    const cells = [
      ['plain', 'with;semicolon', 'with "quotes"', 'two\nlines', ' leading space', 'één, café'],
      ['', 'a | b', '', '', '', ''],
    ];
    const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], cells);
    expect(text.startsWith('\uFEFFa;b;c;d;e;f\r\n')).toBe(true);
    expect(text).toContain('"with;semicolon";"with ""quotes""";"two\nlines";" leading space";één, café\r\n');
    expect(parse(text, { bom: true, delimiter: ';' })).toEqual([['a', 'b', 'c', 'd', 'e', 'f'], ...cells]);
  });
});
