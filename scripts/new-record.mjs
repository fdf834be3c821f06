#!/usr/bin/env node
// `npm run new -- <type> "Titel" [--summary …] [--domain …] [--place …] [--scope …] [--source …] [--section …]`
// Scaffold a record with the right file name and every field of its type, record its
// dates, and run the check. If the check fails, the new file is removed again, so a
// failed scaffold leaves nothing behind.
import fs from 'node:fs';
import path from 'node:path';
import { withTsModules } from './validate.mjs';
import { dayOf, readDates, writeDates } from './record-dates.mjs';

const types = { practice: 'practices', recommendation: 'recommendations', organisation: 'organisations', subsidy: 'subsidies' };
const usage = `usage: npm run new -- <${Object.keys(types).join('|')}> "Titel" [--summary "…"] [--domain slug] [--place "Plaats"] [--scope slug] [--source id] [--section "…"]`;

/** A YAML scalar that stays a string whatever it holds (JSON strings are valid YAML). */
const q = (s) => JSON.stringify(s);

function frontmatter(type, o) {
  const where = o.place ? `places: [${q(o.place)}]` : `scope: ${o.scope}`;
  const common = [`title: ${q(o.title)}`, `summary: ${q(o.summary)}`];
  const tail = [
    `domains: [${o.domain}]`,
    'targetGroups: []',
    'keywords: []                  # search words that are not in the text',
    'sources:',
    `  - source: ${o.source}`,
    `    section: ${q(o.section)}`,
  ];
  const fields = {
    practice: ['kind: praktijk                # praktijk | publicatie | website | instrument', where, 'organisations: []', 'partners: []', 'subsidies: []', 'funding: []', 'links: []', 'related: []'],
    recommendation: ['type: aanbeveling            # src/vocab/recommendation-types.ts', `number: ${q(o.number ?? '1')}               # as the source numbers it`, 'seeAlso: []', 'practices: []', 'questions: []'],
    organisation: ['kind: integratiecentrum       # src/vocab/organisation-kinds.ts', where, 'phone: []', 'email: []', 'websites: []', 'offers: []'],
    subsidy: ['level: vlaams                 # vlaams | provinciaal (then also province) | federaal | europees | ander-fonds', `provider: ${q(o.provider ?? 'Vlaamse overheid')}`, `focus: ${q(o.focus ?? 'Wat de subsidie steunde, in één zin.')}`, 'conditions: []', 'deadlines: []', 'amounts: []', 'links: []', 'related: []'],
  }[type];
  return ['---', ...common, ...fields, ...tail, '---', 'Beschrijf in eigen, eenvoudige woorden wat de bron vertelt. Neem feiten exact over, verzin niets.', ''].join('\n');
}

function parseArgs(argv) {
  const [type, title, ...rest] = argv;
  const o = { title };
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith('--') || rest[i + 1] === undefined) throw new Error(`unexpected argument "${rest[i]}"\n${usage}`);
    o[rest[i].slice(2)] = rest[i + 1];
  }
  if (!types[type]) throw new Error(`unknown record type "${type ?? ''}"\n${usage}`);
  if (!title?.trim()) throw new Error(`a title is required\n${usage}`);
  return {
    type,
    o: {
      summary: 'Samenvatting in één of twee korte zinnen.',
      domain: 'beleid-en-regie',
      scope: 'vlaanderen',
      source: 'kapstokken-2013',
      section: 'Hoofdstuk of onderdeel van de bron',
      ...o,
    },
  };
}

async function main() {
  const { type, o } = parseArgs(process.argv.slice(2));
  const root = path.resolve(process.env.KAPSTOK_CONTENT_ROOT ?? '.');
  return withTsModules(async (load) => {
    const { slugify } = await load('/src/lib/slug.ts');
    const collection = types[type];
    const slug = slugify(o.title);
    if (!slug) throw new Error(`the title "${o.title}" gives no file name`);
    const rel = `${collection}/${slug}.mdx`;
    const file = path.join(root, rel);
    if (fs.existsSync(file)) throw new Error(`${rel} exists already; choose another title`);
    const datesBefore = readDates(root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, frontmatter(type, o));
    const today = dayOf(Date.now());
    writeDates(root, Object.fromEntries(Object.entries({ ...datesBefore, [`${collection}/${slug}`]: { added: today, updated: today } }).sort(([a], [b]) => a.localeCompare(b))));
    const { validateAll, formatProblem } = await load('/src/check/validate.ts');
    const problems = validateAll();
    if (problems.length) {
      for (const p of problems) console.error(formatProblem(p));
      fs.rmSync(file);
      writeDates(root, datesBefore);
      console.error(`\nThe check failed, so ${rel} was not kept.`);
      return 1;
    }
    console.log(`Created ${rel} and its dates; all records are valid.`);
    console.log('Now fill in the summary, domains, places or scope, sources and the text, and run `npm run check`.');
    return 0;
  });
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
