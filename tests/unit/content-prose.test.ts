import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

// The prose of the records: summaries must not present dated facts as current, and no
// sentence may stay within a word or two of the sources.

const root = path.resolve(__dirname, '../..');
const copycheck = path.resolve(root, '../shared/tools/copycheck.py');
const collections = ['practices', 'recommendations', 'organisations', 'subsidies'];

interface Rec { file: string; dir: string; data: Record<string, unknown>; text: string }

function records(): Rec[] {
  const out: Rec[] = [];
  for (const dir of collections) {
    for (const name of fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.mdx')).sort()) {
      const file = `${dir}/${name}`;
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      out.push({ file, dir, data: (m ? yaml.load(m[1]) : {}) as Record<string, unknown>, text });
    }
  }
  return out;
}

/**
 * Present-tense verbs (third person, and "hebben") that describe what an organisation, a
 * subsidy line or a local practice does. In a summary they present a 2013 or 2018 fact as
 * current, because a summary is shown alone on cards and in search, without the source year.
 * Forms that double as infinitives ("leren", "maken") or pronouns ("zijn") are left out, and
 * a verb right after "te" is an infinitive.
 */
const PRESENT = new Set(
  ('is heeft hebben wordt kan moet wil biedt geeft helpt werkt steunt organiseert brengt krijgt zorgt maakt gaat ' +
    'komt staat loopt bestaat telt verbindt begeleidt ondersteunt verzamelt verspreidt bereikt vindt leert oefent ' +
    'praat toont woont verdedigt spreekt doet hoort leidt richt zet legt houdt kiest zoekt volgt betrekt neemt vraagt ' +
    'kijkt stelt deelt koppelt begint opent ontvangt levert verhuurt verbetert stimuleert coördineert adviseert ' +
    'informeert test kent gebruikt bevordert versterkt plant verdeelt betaalt subsidieert ligt blijft speelt kost draait').split(' '),
);
/** A sentence about the source document itself ("De bron noemt …") may use the present tense. */
const ABOUT_THE_DOCUMENT = /\b(de bron|de toolkit|de gids|de brochure|de checklist|de publicatie|het boek|de website|deze fiche)\b/i;

const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");

function presentTenseIn(summary: string, names: string[]): string[] {
  let text = norm(summary);
  // A record title inside a summary is a name ("Roma ’t werkt"), not a verb.
  for (const n of names) if (n.length > 3 && text.includes(n)) text = text.split(n).join(' naam ');
  const hits: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (ABOUT_THE_DOCUMENT.test(sentence)) continue;
    const words = sentence.match(/[a-zà-ÿ']+/g) ?? [];
    words.forEach((w, i) => {
      if (PRESENT.has(w) && words[i - 1] !== 'te') hits.push(w);
    });
  }
  return hits;
}

describe('summaries of dated information say when or use the past tense', () => {
  const all = records();
  const names = all.map((r) => norm(String(r.data.title ?? '')));

  test('the guard catches a present-tense summary and accepts dated or document ones', () => {
    expect(presentTenseIn('Integratiecentrum voor Gent. Het helpt gemeenten met hun beleid.', [])).toEqual(['helpt']);
    expect(presentTenseIn('In 2013 hielp het gemeenten. Ze gaf vorming om Nederlands te leert.', [])).toEqual([]);
    expect(presentTenseIn('De bron noemt het bij de contactgegevens.', [])).toEqual([]);
    expect(presentTenseIn("Fonds dat Roma 't werkt steunde.", ["roma 't werkt"])).toEqual([]);
  });

  // Publications, websites and tools are documents: their content does not change, so
  // "De gids legt uit …" stays true. Organisations, subsidy lines and local practices are
  // what the sources saw at the time.
  const dated = all.filter((r) => r.dir === 'organisations' || r.dir === 'subsidies' || (r.dir === 'practices' && (r.data.kind ?? 'praktijk') === 'praktijk'));

  test('covers organisations, subsidies and practices', () => {
    expect(dated.length).toBeGreaterThan(250);
  });

  test('no organisation, subsidy or practice summary uses a present-tense verb', () => {
    const problems = dated
      .map((r) => ({ file: r.file, verbs: presentTenseIn(String(r.data.summary ?? ''), names) }))
      .filter((p) => p.verbs.length > 0)
      .map((p) => `${p.file}: ${p.verbs.join(', ')}`);
    expect(problems).toEqual([]);
  });

  test('no list item in partners, funding or places is split inside brackets', () => {
    const problems: string[] = [];
    for (const r of all) {
      for (const field of ['partners', 'funding', 'places']) {
        for (const item of (r.data[field] as unknown[] | undefined) ?? []) {
          const s = String(item);
          if ((s.match(/\(/g) ?? []).length !== (s.match(/\)/g) ?? []).length) problems.push(`${r.file}: ${field}: "${s}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Passages that copycheck --prose --words 9 finds but that are facts, not sentences: names,
 * titles and lists as the source writes them (README: names, titles and lists of places may
 * stay). Each is removed from a copy of its file before the check runs, so anything else in
 * that file, and every other file, must be free of near-copies.
 */
const ALLOWED: { file: string; text: string; why: 'name' | 'title' | 'list of places' | 'list of names' }[] = [
  { file: 'practices/barak-15-beringen.mdx', text: 'Monumentenzorg Beringen, de Poolse Vrije Vereniging en het Vlaams Mijnmuseum', why: 'list of names' },
  { file: 'practices/communicatie-voor-iedereen-antwerpen.mdx', text: 'Communicatie voor iedereen. Zorg dat iedereen je informatie krijgt en begrijpt.', why: 'title' },
  { file: 'practices/gelijke-kansen-als-mainstreaming.mdx', text: 'Centrum voor gelijkheid van kansen en voor racismebestrijding (CGKR)', why: 'name' },
  { file: 'practices/newintown.mdx', text: 'Centrum voor gelijkheid van kansen en voor racismebestrijding (CGKR)', why: 'name' },
  { file: 'practices/gids-sociaal-tolken-en-vertalen.mdx', text: 'Sociaal tolken en vertalen. Gids voor hulp- en dienstverleners', why: 'title' },
  { file: 'practices/sociaal-tolken-en-vertalen-website.mdx', text: 'Sociaal tolken en vertalen. Gids voor hulp- en dienstverleners', why: 'title' },
  { file: 'practices/jongeren-denken-mee-over-speelplekken.mdx', text: 'Bierbeek, Tienen, Boutersem, Heverlee, Landen, Sint-Pieters-Leeuw, Opwijk, Leuven', why: 'list of places' },
  { file: 'practices/kenniscentrum-vlaamse-steden-participatie.mdx', text: 'Antwerpen, Brugge, Brussel, Genk, Gent, Kortrijk, Leuven, Roeselare en Turnhout', why: 'list of places' },
  { file: 'practices/sport-en-interculturaliseren.mdx', text: 'Bilzen, Dendermonde, Leuven, Mortsel, Vilvoorde, Zaventem en Zele', why: 'list of places' },
  { file: 'practices/toegankelijke-communicatie-roeselare.mdx', text: 'Toegankelijke communicatie van stadspersoneel met burgers in Roeselare', why: 'title' },
  { file: 'organisations/aiccre.mdx', text: "Raad van Europese Gemeenten en Regio's (CEMR)", why: 'name' },
  { file: 'organisations/aiccre.mdx', text: 'benchmark *Hoe een visie van een ‘stad voor iedereen’ creëren*', why: 'title' },
  { file: 'organisations/stad-capaci.mdx', text: 'benchmark *Hoe een visie van een ‘stad voor iedereen’ creëren*', why: 'title' },
  { file: 'organisations/stad-mechelen.mdx', text: 'benchmark *Hoe een visie van een ‘stad voor iedereen’ creëren*', why: 'title' },
  { file: 'organisations/vvsg.mdx', text: "benchmark *Hoe een visie van een 'stad voor iedereen' creëren*", why: 'title' },
  { file: 'organisations/cgkr.mdx', text: '*Gelijke kansen als mainstreaming in het lokale beleid* (2008)', why: 'title' },
  { file: 'subsidies/vlaamse-subsidies-jeugd-sport-cultuur-onderwijs-sociale-economie-stedenbeleid.mdx', text: 'Jeugd, Sport, Cultuur, Flankerend onderwijsbeleid, Sociale Economie en Stedenbeleid', why: 'list of names' },
];

/** The text as a pattern that allows any whitespace (records wrap lines) between its words. */
const loose = (text: string) => new RegExp(text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');

describe.skipIf(!fs.existsSync(copycheck))('no sentence stays within a word or two of the sources', () => {
  test('every allowed passage still occurs in its file', () => {
    const missing = ALLOWED.filter((a) => !loose(a.text).test(fs.readFileSync(path.join(root, a.file), 'utf8')));
    expect(missing).toEqual([]);
  });

  test('copycheck --prose --words 9 finds nothing but the allowed names, titles and lists', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-prose-'));
    try {
      for (const dir of collections) {
        fs.mkdirSync(path.join(tmp, dir));
        for (const name of fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.mdx'))) {
          let text = fs.readFileSync(path.join(root, dir, name), 'utf8');
          for (const a of ALLOWED.filter((x) => x.file === `${dir}/${name}`)) text = text.replace(loose(a.text), 'NAAM');
          fs.writeFileSync(path.join(tmp, dir, name), text);
        }
      }
      let output = '';
      try {
        output = execFileSync('python3', [copycheck, '--prose', '--words', '9', '--limit', '1000'], { cwd: tmp, encoding: 'utf8' });
      } catch (e) {
        output = (e as { stdout: string }).stdout;
      }
      expect(output.trim()).toBe('');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});
