import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { htmlFiles } from '../../scripts/checks/walk.mjs';

describe('valid HTML', () => {
  test('every built page passes html-validate (recommended rules, .htmlvalidate.mjs)', async () => {
    const dir = inject('siteDir');
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(dir);
    const problems: string[] = [];
    for (const file of files) {
      // Validated under its path in the repository, so the committed config applies.
      const report = await validator.validateString(fs.readFileSync(path.join(dir, file), 'utf8'), path.join(dir, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
      }
    }
    console.log(`html-validate: ${files.length} pages, ${problems.length} problem(s)`);
    expect(files.length).toBeGreaterThan(100);
    expect(problems.slice(0, 50)).toEqual([]);
  }, 600_000);
});
