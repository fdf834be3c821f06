import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, validateAll } from '../../src/check/validate';

const root = path.resolve(__dirname, '../..');
const copycheck = path.resolve(root, '../shared/tools/copycheck.py');

describe('the real records', () => {
  test('every record passes validation', () => {
    expect(validateAll().map(formatProblem)).toEqual([]);
  }, 60_000);

  test('the base holds records of every type', () => {
    for (const dir of ['practices', 'recommendations', 'organisations', 'subsidies']) {
      expect(fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.mdx')).length, dir).toBeGreaterThan(0);
    }
  });

  test.skipIf(!fs.existsSync(copycheck))('no passage is copied word for word from the sources (copycheck.py)', () => {
    let output = '';
    try {
      output = execFileSync('python3', [copycheck, '--limit', '50'], { cwd: root, encoding: 'utf8' });
    } catch (e) {
      output = (e as { stdout: string }).stdout;
    }
    expect(output.trim()).toBe('');
  }, 60_000);
});
