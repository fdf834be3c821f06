import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDates, datesProblems } from '../../src/check/record-dates';
import { registry } from '../../src/lib/registry';
import { recordCollections } from '../../src/lib/content-root';
import { datesFromGit, hasFullHistory, readDates, recordKeys, updatedDates } from '../../scripts/record-dates.mjs';

const root = path.resolve(__dirname, '../..');
const keys = recordCollections.flatMap((c) => [...registry()[c].keys()].map((id) => `${c}/${id}`));

describe('record dates (src/data/record-dates.json)', () => {
  test('every record has valid dates: added ≤ updated ≤ build date, and no dates for records that do not exist', () => {
    expect(keys.length).toBeGreaterThan(300);
    expect(datesProblems(keys)).toEqual([]);
  });

  test('the check names the record and what is wrong', () => {
    const dates = { 'practices/a': { added: '2026-02-30', updated: '2026-01-01' }, 'practices/b': { added: '2026-03-02', updated: '2026-03-01' }, 'practices/c': { added: '2026-01-01', updated: '2027-01-01' }, 'practices/weg': { added: '2026-01-01', updated: '2026-01-01' } };
    const problems = checkDates(['practices/a', 'practices/b', 'practices/c', 'practices/d'], dates, '2026-12-01').map((p) => `${p.field}: ${p.message}`);
    expect(problems).toEqual([
      'practices/a.added: "2026-02-30" is not a date (YYYY-MM-DD)',
      'practices/b: added (2026-03-02) is after updated (2026-03-01)',
      'practices/c.updated: 2027-01-01 lies after the build date 2026-12-01',
      'practices/d: no dates for this record: run `npm run dates`',
      'practices/weg: dates for a record that does not exist: run `npm run dates`',
    ]);
  });

  test.runIf(hasFullHistory(root))('with full git history, no record file changed after its recorded `updated` day', () => {
    const recorded = readDates(root);
    const late = [...datesFromGit(root)].filter(([key, d]) => recorded[key] && d.updated > recorded[key].updated).map(([key, d]) => `${key}: changed ${d.updated}, recorded ${recorded[key].updated}`);
    expect(late, 'run `npm run dates` and commit src/data/record-dates.json').toEqual([]);
  });

  test('dates follow git history through renames and edits; a shallow history never moves `added` forward', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-dates-'));
    const git = (args: string[], date?: string) =>
      execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    git(['init', '-q']);
    fs.mkdirSync(path.join(dir, 'practices'));
    fs.writeFileSync(path.join(dir, 'practices/oud.mdx'), 'een\n'.repeat(20));
    git(['add', '-A']);
    git(['commit', '-qm', 'add'], '2026-01-05T10:00:00Z');
    git(['mv', 'practices/oud.mdx', 'practices/nieuw.mdx']);
    git(['commit', '-qm', 'rename'], '2026-02-07T10:00:00Z');
    fs.appendFileSync(path.join(dir, 'practices/nieuw.mdx'), 'twee\n');
    git(['commit', '-qam', 'edit'], '2026-03-09T23:30:00Z');
    fs.writeFileSync(path.join(dir, 'practices/vers.mdx'), 'drie\n');
    const fromGit = datesFromGit(dir, '2026-04-01');
    expect(Object.fromEntries(fromGit)).toEqual({
      'practices/nieuw': { added: '2026-01-05', updated: '2026-03-09' },
      'practices/vers': { added: '2026-04-01', updated: '2026-04-01' },
    });
    const keysHere = recordKeys(dir);
    expect(keysHere.sort()).toEqual(['practices/nieuw', 'practices/vers']);
    // As on a shallow clone: git only knows a later first day; the recorded day stays.
    const merged = updatedDates({ 'practices/nieuw': { added: '2025-12-24', updated: '2026-01-05' } }, fromGit, keysHere, '2026-04-01');
    expect(merged).toEqual({
      'practices/nieuw': { added: '2025-12-24', updated: '2026-03-09' },
      'practices/vers': { added: '2026-04-01', updated: '2026-04-01' },
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
