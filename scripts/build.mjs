#!/usr/bin/env node
// Build into a staging folder, check it, and only then replace dist/: a broken record
// or a failed check publishes nothing, and the last good site stays in place.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { runChecks } from './checks/index.mjs';

const root = process.cwd();
const staging = path.resolve(root, process.env.KAPSTOK_STAGING ?? '.build-staging');
const outDir = path.resolve(root, process.env.KAPSTOK_OUT ?? 'dist');

async function main() {
  const { validateRecords } = await import('./validate.mjs');
  if (!(await validateRecords())) return 1;
  fs.rmSync(staging, { recursive: true, force: true });
  const cacheDir = process.env.KAPSTOK_CACHE_DIR; // the benchmark builds cold, in a cache of its own
  await build({ root, outDir: staging, logLevel: process.env.KAPSTOK_QUIET ? 'warn' : 'info', ...(cacheDir ? { cacheDir } : {}) });
  const problems = runChecks(staging);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`\n${problems.length} problem(s) in the built site; ${path.relative(root, outDir)}/ was left as it was.`);
    return 1;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(staging, outDir);
  console.log(`Published to ${path.relative(root, outDir) || outDir}/`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
} finally {
  if (code !== 0) fs.rmSync(staging, { recursive: true, force: true });
}
process.exit(code);
