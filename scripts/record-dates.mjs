#!/usr/bin/env node
// `npm run dates`: record, per record, the day it entered the base and the day it last
// changed, from git history, in src/data/record-dates.json. The file is committed, so
// the dates stay right on a shallow clone and on hosts that build without git history.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const collections = ['practices', 'recommendations', 'organisations', 'subsidies'];
const isRecord = (file) => new RegExp(`^(${collections.join('|')})/.+\\.mdx?$`).test(file);
/** Key of a record in the dates file: its folder and file name without extension, e.g. "practices/buurthuis-ruisbroek". */
export const keyOf = (file) => file.split(path.sep).join('/').replace(/\.mdx?$/, '');

/** The dates file of a content root (the repository, or a test's copy laid out the same way). */
export const datesFile = (root) => path.join(root, 'src/data/record-dates.json');

/** The UTC day of a moment, YYYY-MM-DD. */
export const dayOf = (date) => new Date(date).toISOString().slice(0, 10);

const git = (root, args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/** True when git history is there and complete (not a shallow clone, not a copy without .git). */
export function hasFullHistory(root) {
  try {
    return git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'false';
  } catch {
    return false;
  }
}

/**
 * First and last commit day of every record file, following renames, in one pass over
 * the history. Files changed but not yet committed count as changed today.
 */
export function datesFromGit(root, today = dayOf(Date.now())) {
  const dates = new Map();
  let log = '';
  try {
    log = git(root, ['log', '--relative', '--reverse', '-M', '--name-status', '--format=@%cI', '--', ...collections]);
  } catch {
    return dates;
  }
  let day = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) { day = dayOf(line.slice(1)); continue; }
    const [status, ...files] = line.split('\t');
    if (!status) continue;
    if (status.startsWith('R')) {
      const [from, to] = files;
      const before = dates.get(keyOf(from));
      dates.delete(keyOf(from));
      if (isRecord(to)) dates.set(keyOf(to), { added: before?.added ?? day, updated: day });
    } else if (status === 'D') dates.delete(keyOf(files[0]));
    else if (isRecord(files[0])) dates.set(keyOf(files[0]), { added: dates.get(keyOf(files[0]))?.added ?? day, updated: day });
  }
  // Porcelain status names paths from the top of the repository; the content root may sit below it.
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  const pending = git(root, ['status', '--porcelain', '--untracked-files=all', '--', ...collections]);
  for (const line of pending.split('\n')) {
    const file = line.slice(3).split(' -> ').pop()?.slice(prefix.length);
    if (!file || !isRecord(file) || !fs.existsSync(path.join(root, file))) continue;
    dates.set(keyOf(file), { added: dates.get(keyOf(file))?.added ?? today, updated: today });
  }
  return dates;
}

/** Every record file under a content root, as keys. */
export function recordKeys(root) {
  return collections.flatMap((c) => {
    const dir = path.join(root, c);
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f)).map((f) => keyOf(path.join(c, f)));
  });
}

/**
 * The dates file after this run: a recorded `added` day is kept (on a shallow clone git
 * only knows the cut-off), `updated` moves forward to the last change git knows, and a
 * record that git does not know yet counts as added today.
 */
export function updatedDates(existing, fromGit, keys, today = dayOf(Date.now())) {
  const out = {};
  for (const key of [...keys].sort()) {
    const old = existing[key];
    const seen = fromGit.get(key);
    const added = old?.added ?? seen?.added ?? today;
    const candidates = [old?.updated, seen?.updated, added].filter(Boolean).sort();
    out[key] = { added, updated: candidates[candidates.length - 1] };
  }
  return out;
}

export function readDates(root) {
  const file = datesFile(root);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

export function writeDates(root, dates) {
  fs.mkdirSync(path.dirname(datesFile(root)), { recursive: true });
  fs.writeFileSync(datesFile(root), `${JSON.stringify(dates, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(process.env.KAPSTOK_CONTENT_ROOT ?? '.');
  const before = readDates(root);
  const after = updatedDates(before, datesFromGit(root), recordKeys(root));
  writeDates(root, after);
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const removed = Object.keys(before).filter((k) => !(k in after));
  if (!hasFullHistory(root)) console.warn('Git history is shallow or missing: recorded dates were kept, new records count as added today.');
  console.log(`${path.relative(process.cwd(), datesFile(root)) || datesFile(root)}: ${Object.keys(after).length} records, ${changed.length} changed, ${removed.length} removed.`);
}
