import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, test } from 'vitest';
import { walk } from '../../scripts/checks/walk.mjs';
import { domains } from '../../src/vocab/domains';
import { provinces } from '../../src/vocab/provinces';

const site = () => inject('siteDir');
const feedFiles = () => walk(path.join(site(), 'feeds')).map((f: string) => `feeds/${f}`).sort();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** A URL of our own site leads to a built file. */
const resolves = (url: string) => {
  const p = decodeURIComponent(new URL(url).pathname);
  return fs.existsSync(path.join(site(), p.endsWith('/') ? `${p}index.html` : p));
};

describe('Atom feeds', () => {
  test('one feed for everything, one per domain and one per province', () => {
    expect(feedFiles()).toEqual(
      ['feeds/nieuw.atom', ...domains.slugs.map((d) => `feeds/thema/${d}.atom`), ...provinces.slugs.map((p) => `feeds/provincie/${p}.atom`)].sort(),
    );
  });

  test('every feed is well-formed Atom; every entry has title, summary, a link that resolves and its dates', () => {
    const all = JSON.parse(fs.readFileSync(path.join(site(), 'data/kapstok.json'), 'utf8'));
    const records = ['practices', 'recommendations', 'organisations', 'subsidies'].flatMap((c) => all[c]);
    const byUrl = new Map(records.map((r: { url: string }) => [r.url, r]));
    for (const file of feedFiles()) {
      const xml = fs.readFileSync(path.join(site(), file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      const { feed } = parser.parse(xml);
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.title).toBeTruthy();
      expect(feed.updated).toMatch(RFC3339);
      expect(feed.author.name).toBe('Kapstok');
      const self = feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href'];
      expect(new URL(self).pathname).toBe(`/${file}`);
      expect(resolves(feed.link.find((l: Record<string, string>) => l['@rel'] === 'alternate')['@href'])).toBe(true);
      const entries = feed.entry ?? [];
      const ids = new Set<string>();
      let previous = '9999';
      for (const e of entries) {
        expect(e.title, file).toBeTruthy();
        expect(e.summary, file).toBeTruthy();
        expect(e.published, file).toMatch(RFC3339);
        expect(e.updated, file).toMatch(RFC3339);
        expect(e.published <= e.updated).toBe(true);
        expect(e.updated <= feed.updated).toBe(true);
        // Newest first: the order in which records entered the base.
        expect(e.published <= previous).toBe(true);
        previous = e.published;
        const href = e.link[0]['@href'];
        expect(resolves(href), href).toBe(true);
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
        // The dates and text are the record's own, as in the open data.
        const r = byUrl.get(href) as unknown as { title: string; summary: string; dateAdded: string; dateModified: string };
        expect(r, href).toBeTruthy();
        expect(e.published).toBe(`${r.dateAdded}T00:00:00Z`);
        expect(e.updated).toBe(`${r.dateModified}T00:00:00Z`);
        expect(e.title).toBe(r.title);
        expect(e.summary).toBe(r.summary);
      }
      if (file === 'feeds/nieuw.atom') expect(entries.length).toBe(records.length);
      const domain = /thema\/(.+)\.atom$/.exec(file)?.[1];
      if (domain) expect(entries.length, file).toBe(records.filter((r: { domains: string[] }) => r.domains.includes(domain)).length);
      const province = /provincie\/(.+)\.atom$/.exec(file)?.[1];
      if (province) expect(entries.length, file).toBe(records.filter((r: { provinces: string[] }) => r.provinces.includes(province)).length);
    }
  });

  test('pages announce their feeds with <link rel="alternate">', () => {
    const head = (p: string) => fs.readFileSync(path.join(site(), p, 'index.html'), 'utf8');
    const alternates = (p: string) => [...head(p).matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(alternates('/')).toContain('/feeds/nieuw.atom');
    expect(alternates('/thema/taal/')).toContain('/feeds/thema/taal.atom');
    expect(alternates('/provincies/limburg/')).toContain('/feeds/provincie/limburg.atom');
  });
});
