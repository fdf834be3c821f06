#!/usr/bin/env node
// Build into a staging folder, check it, and only then swap it in as dist/: a broken
// record, a failed check or an interrupted build publishes nothing, and the last good
// site stays in place (see publish.mjs for how the swap stays atomic and locked).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock, cleanStale, newStaging, publish } from './publish.mjs';

/**
 * The build pipeline with its parts passed in, so the interrupt test can run it with
 * a small stand-in for Astro. `step(name)` is awaited after every phase.
 */
export async function buildSite({ outDir, validate, build, check, step = async () => {}, log = console }) {
  const release = acquireLock(outDir);
  let staging;
  try {
    await step('locked');
    cleanStale(outDir);
    await step('cleaned');
    if (!(await validate())) return 1;
    await step('validated');
    staging = newStaging(outDir);
    await build(staging, step);
    await step('built');
    const problems = check(staging);
    if (problems.length) {
      for (const p of problems) log.error(p);
      log.error(`\n${problems.length} problem(s) in the built site; ${path.relative(process.cwd(), outDir)}/ was left as it was.`);
      return 1;
    }
    await step('checked');
    await publish(staging, outDir, step);
    staging = undefined;
    log.log(`Published to ${path.relative(process.cwd(), outDir) || outDir}/`);
    return 0;
  } finally {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}

/** buildSite, with any error (a held lock, a broken record found by Astro) reported as one message. */
export async function runBuild(options) {
  try {
    return await buildSite(options);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const outDir = path.resolve(root, process.env.KAPSTOK_OUT ?? 'dist');
  const { build } = await import('astro');
  const { runChecks } = await import('./checks/index.mjs');
  const { validateRecords } = await import('./validate.mjs');
  const code = await runBuild({
    outDir,
    validate: validateRecords,
    // KAPSTOK_CACHE_DIR: the benchmark builds cold, in a cache of its own.
    build: (staging) =>
      build({ root, outDir: staging, logLevel: process.env.KAPSTOK_QUIET ? 'warn' : 'info', ...(process.env.KAPSTOK_CACHE_DIR ? { cacheDir: process.env.KAPSTOK_CACHE_DIR } : {}) }),
    check: runChecks,
  });
  process.exit(code);
}
