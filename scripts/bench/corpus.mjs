// A synthetic corpus for the benchmark: every real record, plus practices made from
// the real ones until the corpus holds the number of records asked for. It is written
// to a scratch folder that the build reads through KAPSTOK_CONTENT_ROOT; the real
// content is only read, never written.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const collections = ['practices', 'recommendations', 'organisations', 'subsidies'];

/** A small seeded generator, so that the same N gives the same corpus on every machine. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readRecord(file) {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return { data: yaml.load(m[1]), body: m[2] };
}

function writeRecord(file, data, body) {
  fs.writeFileSync(file, `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${body}`);
}

/** Today's municipality names; the reference file has no quoted fields (checked here). */
function municipalityNames(file) {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  if (header.includes('"') || rows.some((r) => r.includes('"'))) throw new Error(`${file}: quoted fields, use a CSV parser`);
  const col = header.split(',').indexOf('name_nl');
  return rows.map((r) => r.split(',')[col]);
}

const mdxFiles = (dir) => fs.readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort();

/**
 * Write a corpus of `records` records into `dir` (created if missing) and return its
 * counts. Real records are copied as they are; synthetic practices take a real practice
 * as template (its kind, sources, references to organisations and subsidies, keywords),
 * domains and target groups mixed from a second real practice, a body of paragraphs
 * from real bodies of about the same length, and a real municipality as place.
 */
export function writeCorpus({ root, dir, records, seed = 10 }) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  let real = 0;
  for (const c of collections) {
    fs.mkdirSync(path.join(dir, c), { recursive: true });
    for (const f of mdxFiles(path.join(root, c))) {
      fs.copyFileSync(path.join(root, c, f), path.join(dir, c, f));
      real++;
    }
  }
  const templates = mdxFiles(path.join(root, 'practices')).map((f) => ({ id: f.replace(/\.mdx?$/, ''), ...readRecord(path.join(root, 'practices', f)) }));
  const places = municipalityNames(path.join(root, 'src/data/reference/municipalities.csv'));
  const synthetic = Math.max(0, records - real);
  const dates = JSON.parse(fs.readFileSync(path.join(root, 'src/data/record-dates.json'), 'utf8'));
  for (let i = 1; i <= synthetic; i++) {
    const t = templates[(i - 1) % templates.length];
    const other = pick(templates);
    const place = pick(places);
    const data = structuredClone(t.data);
    data.title = `${t.data.title} (${place} ${i})`;
    // The template's main theme stays first; the second template adds its themes and groups.
    data.domains = [...new Set([...t.data.domains.slice(0, 1), ...other.data.domains])].slice(0, 4);
    data.targetGroups = [...new Set([...(t.data.targetGroups ?? []), ...(other.data.targetGroups ?? [])])].slice(0, 4);
    if (data.kind === undefined || data.kind === 'praktijk') {
      delete data.scope;
      data.places = [place];
    }
    // `related` names real practices (copied along), so it stays valid.
    const paragraphs = t.body.split(/\n{2,}/).filter(Boolean);
    const extra = other.body.split(/\n{2,}/).filter(Boolean);
    const body = [...paragraphs.slice(0, Math.max(1, paragraphs.length - 1)), ...extra.slice(-1)].join('\n\n');
    writeRecord(path.join(dir, 'practices', `${t.id}-${i}.mdx`), data, `${body.trim()}\n`);
    dates[`practices/${t.id}-${i}`] = dates[`practices/${t.id}`];
  }
  // The build checks that every record has dates (src/data/record-dates.json): real
  // records keep theirs, a synthetic practice takes its template's.
  fs.mkdirSync(path.join(dir, 'src/data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src/data/record-dates.json'), `${JSON.stringify(dates, null, 2)}\n`);
  return { real, synthetic, total: real + synthetic };
}
