import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { recordSections } from '../../src/lib/record-sections.mjs';
import { dutchQuotes } from '../../src/lib/typography';
import { typographicMarkdown } from '../../src/lib/typography-markdown';

/** The published open data, read from the real build: every record against its published schema. */
const dir = () => path.join(inject('siteDir'), 'data');
const read = (file: string) => fs.readFileSync(path.join(dir(), file), 'utf8');
const readJson = (file: string) => JSON.parse(read(file));
const types = Object.entries(recordSections) as [string, string][];
/** Records in the repository, counted from the files themselves. */
const recordFiles = (collection: string) => fs.readdirSync(collection, { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length;

describe('open data at /data/', () => {
  test.each(types)('every %s record validates against its published JSON Schema', (collection, file) => {
    const schema = readJson(`${file}.schema.json`);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.$id).toMatch(new RegExp(`^https?://.+/data/${file}\\.schema\\.json$`));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const records = readJson(`${file}.json`);
    expect(records.length).toBe(recordFiles(collection));
    const failures = records.filter((r: unknown) => !validate(r)).map((r: { id: string }) => r.id);
    expect(failures).toEqual([]);
    // Not a schema that accepts anything: an unknown domain or an extra field is rejected.
    expect(validate({ ...records[0], domains: ['geen-thema'] })).toBe(false);
    expect(validate({ ...records[0], unknownField: 1 })).toBe(false);
    const { url: _url, ...withoutUrl } = records[0];
    expect(validate(withoutUrl)).toBe(false);
  });

  test('ids are the file names, URLs are canonical and every link points to an existing record', () => {
    const all = readJson('kapstok.json');
    const ids = new Map(types.map(([c]) => [c, new Set(all[c].map((r: { id: string }) => r.id))]));
    for (const [collection, section] of types) {
      for (const r of all[collection]) {
        expect(fs.existsSync(path.join(collection, `${r.id}.mdx`)) || fs.existsSync(path.join(collection, `${r.id}.md`))).toBe(true);
        expect(r.url).toMatch(new RegExp(`^https?://[^/]+/${section}/${r.id}/$`));
        for (const [kind, list] of Object.entries(r.linkedFrom as Record<string, string[]>)) {
          for (const id of list) expect(ids.get(kind)?.has(id), `${r.id} linkedFrom.${kind} ${id}`).toBe(true);
        }
      }
    }
    // Two-way: a practice's organisations list the practice back.
    const org = new Map(all.organisations.map((o: { id: string }) => [o.id, o]));
    for (const p of all.practices) for (const o of p.organisations) expect((org.get(o) as { linkedFrom: { practices: string[] } }).linkedFrom.practices).toContain(p.id);
    // Derived fields: a practice in Genk carries Genk's NIS code and province.
    const genk = all.practices.find((p: { places: string[] }) => p.places.includes('Genk'));
    expect(genk.resolvedPlaces).toContainEqual(expect.objectContaining({ place: 'Genk', nis: '71016', municipality: 'Genk', province: 'limburg' }));
    expect(genk.provinces).toContain('limburg');
  });

  test('the combined file holds every record of every type, with licence and counts', () => {
    const all = readJson('kapstok.json');
    expect(all.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(all.attribution.join(' ')).toMatch(/Statbel/);
    for (const [collection, file] of types) {
      expect(all[collection]).toEqual(readJson(`${file}.json`));
      expect(all.counts[collection]).toBe(recordFiles(collection));
    }
  });

  test.each(types)('the %s CSV parses (UTF-8 with BOM, semicolons, RFC 4180) and matches the JSON', (_collection, file) => {
    const raw = fs.readFileSync(path.join(dir(), `${file}.csv`));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(raw, { bom: true, delimiter: ';', columns: true, relax_quotes: false });
    const records = readJson(`${file}.json`);
    const schema = readJson(`${file}.schema.json`);
    expect(rows.length).toBe(records.length);
    for (const key of Object.keys(schema.properties)) {
      if (key === 'linkedFrom') continue;
      expect(Object.keys(rows[0])).toContain(key);
    }
    rows.forEach((row, i) => {
      const r = records[i];
      expect(row.id).toBe(r.id);
      expect(row.title).toBe(r.title);
      expect(row.summary).toBe(r.summary);
      expect(row.text).toBe(r.text);
      expect(row.domains.split(' | ')).toEqual(r.domains);
    });
  });

  test('the DCAT-AP catalogue names title, publisher, licence, temporal coverage and downloadable distributions', () => {
    const cat = readJson('catalogus.jsonld');
    expect(cat['@type']).toBe('dcat:Catalog');
    expect(cat['dct:title']).toMatch(/Kapstok/);
    expect(cat['dct:publisher']['foaf:name']).toBe('Kapstok');
    expect(cat['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(cat['dct:temporal']['dcat:startDate']['@value']).toMatch(/^2008-/);
    expect(cat['dct:temporal']['dcat:endDate']['@value']).toMatch(/^2022-/);
    const distributions = cat['dcat:dataset'].flatMap((d: Record<string, unknown[]>) => d['dcat:distribution']);
    expect(distributions.length).toBe(types.length * 2 + 1);
    for (const d of distributions) {
      const file = new URL(d['dcat:downloadURL']['@id']).pathname;
      expect(fs.existsSync(path.join(inject('siteDir'), file)), file).toBe(true);
      if (d['dct:conformsTo']) expect(fs.existsSync(path.join(inject('siteDir'), new URL(d['dct:conformsTo']['@id']).pathname))).toBe(true);
    }
  });

  test('the /data/ page links every file and explains every field and the licence', () => {
    const html = fs.readFileSync(path.join(inject('siteDir'), 'data/index.html'), 'utf8');
    for (const [, file] of types) {
      for (const ext of ['csv', 'json', 'schema.json']) expect(html).toContain(`href="/data/${file}.${ext}"`);
      for (const field of Object.keys(readJson(`${file}.schema.json`).properties)) expect(html).toContain(`<code>${field}</code>`);
    }
    expect(html).toContain('puntkomma');
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('Statbel');
  });
});

/** HTML text or attribute value as a reader gets it. */
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const one = (html: string, re: RegExp) => decode(re.exec(html)?.[1] ?? '');

describe('Dutch apostrophes and quotes are the same in every output', () => {
  /** Records whose file has a straight apostrophe or quote in its title, as the author typed it. */
  function typedWithQuotes() {
    return types.flatMap(([collection, section]) =>
      fs.readdirSync(collection).filter((f) => f.endsWith('.mdx')).flatMap((name) => {
        const file = fs.readFileSync(path.join(collection, name), 'utf8');
        const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file)!;
        const data = yaml.load(front) as { title: string; summary: string };
        return /['"]/.test(data.title) ? [{ collection, section, id: name.replace(/\.mdx$/, ''), data, body }] : [];
      }),
    );
  }

  test('a title, summary and body typed with straight quotes read the same on the page, in /data/ JSON and CSV, the feed and JSON-LD', () => {
    const records = typedWithQuotes();
    // Boekbaby's, Checklist 'zeven B's', Folder "Hoe hou ik …", among others.
    expect(records.length).toBeGreaterThan(5);
    const feed = new XMLParser({ isArray: (n) => n === 'entry' }).parse(fs.readFileSync(path.join(inject('siteDir'), 'feeds/nieuw.atom'), 'utf8')).feed;
    for (const { collection, section, id, data, body } of records) {
      const title = dutchQuotes(data.title);
      const summary = dutchQuotes(data.summary);
      expect(title, id).not.toMatch(/['"]/);
      const json = readJson(`${section}.json`).find((r: { id: string }) => r.id === id);
      const csv = (parse(fs.readFileSync(path.join(dir(), `${section}.csv`)), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[]).find((r) => r.id === id)!;
      const html = fs.readFileSync(path.join(inject('siteDir'), section, id, 'index.html'), 'utf8');
      const [, entity] = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1])['@graph'];
      const entry = feed.entry.find((e: { id: string }) => e.id === json.url);
      const text = (s: string) => s.replace(/<[^>]+>/g, '').trim();
      for (const [where, t, s] of [
        ['page h1', one(html, /<h1[^>]*>([\s\S]*?)<\/h1>/), one(html, /<p class="lead">([\s\S]*?)<\/p>/)],
        ['Open Graph', one(html, /<meta property="og:title" content="([^"]*)"/), one(html, /<meta property="og:description" content="([^"]*)"/)],
        ['JSON-LD', entity.name, entity.description],
        ['/data/ JSON', json.title, json.summary],
        ['/data/ CSV', csv.title, csv.summary],
        ['feed', decode(String(entry.title)), decode(String(entry.summary))],
      ]) {
        expect(text(t), `${collection}/${id}: ${where}`).toBe(title);
        expect(text(s), `${collection}/${id}: ${where}`).toBe(summary);
      }
      // The body: the open data publish the typeset Markdown, and the page shows its words.
      expect(json.text, id).toBe(typographicMarkdown(body).trim());
      const page = decode(html.replace(/<[^>]+>/g, ''));
      for (const [word] of json.text.matchAll(/\p{L}+[’‘“”]\p{L}*/gu)) expect(page, `${id}: ${word}`).toContain(word);
      // The file on disk stays as the author typed it.
      expect(fs.readFileSync(path.join(collection, `${id}.mdx`), 'utf8')).not.toContain(title);
    }
  });
});
