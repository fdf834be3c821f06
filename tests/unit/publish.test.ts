import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildsOf } from '../../scripts/publish.mjs';

/**
 * The real pipeline of scripts/build.mjs (lock, clean, stage, check, two renames) with
 * a small stand-in for Astro that writes a three-page site, in a child process that
 * the test kills at a chosen step.
 */
const child = path.join(__dirname, 'publish-child.mjs');
const PAGES = ['index.html', 'praktijken/a/index.html', 'zoeken/index.html'];

const steps = ['locked', 'cleaned', 'validated', 'building', 'built', 'checked', 'renamed-staging', 'linked', 'swapped'];

function start(outDir: string, version: string, stopAt = '') {
  const proc = fork(child, [outDir, version, stopAt], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    proc.on('exit', (code) => resolve({ code, output })),
  );
  const stopped = new Promise<void>((resolve) => proc.on('message', (m) => m === `at ${stopAt}` && resolve()));
  return { proc, exited, stopped };
}

/** The whole site is there and of one version. */
function siteVersion(outDir: string): string {
  const versions = new Set(PAGES.map((p) => fs.readFileSync(path.join(outDir, p), 'utf8')));
  expect(versions.size).toBe(1);
  return [...versions][0];
}

function kill(proc: ChildProcess) {
  proc.kill('SIGKILL');
}

describe('publishing is atomic and locked', () => {
  test.each(steps)('a build killed at "%s" leaves the previous complete site, and the next build cleans up', async (step) => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-publish-')), 'dist');
    expect((await start(outDir, 'v1').exited).code).toBe(0);
    expect(siteVersion(outDir)).toBe('v1');

    const run = start(outDir, 'v2', step);
    await run.stopped;
    kill(run.proc);
    await run.exited;
    // Killed after the second rename the new site is live; before it the old one is.
    expect(siteVersion(outDir)).toBe(step === 'swapped' ? 'v2' : 'v1');

    const next = await start(outDir, 'v3').exited;
    expect(next.output).toContain('Published to');
    expect(next.code).toBe(0);
    expect(siteVersion(outDir)).toBe('v3');
    // Nothing of the interrupted build is left: only the live site remains.
    const { builds } = buildsOf(outDir);
    expect(fs.readdirSync(builds)).toEqual([path.basename(fs.readlinkSync(outDir))]);
  });

  test('a second build at the same time stops with a clear message and harms nothing', async () => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-publish-')), 'dist');
    expect((await start(outDir, 'v1').exited).code).toBe(0);
    const first = start(outDir, 'v2', 'building');
    await first.stopped;
    const second = await start(outDir, 'v3').exited;
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Another build (process ${first.proc.pid}) is publishing to`);
    expect(second.output).not.toMatch(/ENOTEMPTY|\n\s+at /);
    expect(siteVersion(outDir)).toBe('v1');
    kill(first.proc);
    await first.exited;
  });

  test('a plain dist/ folder from an older build is replaced by the linked site', async () => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-publish-')), 'dist');
    for (const p of PAGES) {
      fs.mkdirSync(path.dirname(path.join(outDir, p)), { recursive: true });
      fs.writeFileSync(path.join(outDir, p), 'old');
    }
    expect((await start(outDir, 'v1').exited).code).toBe(0);
    expect(siteVersion(outDir)).toBe('v1');
    expect(fs.lstatSync(outDir).isSymbolicLink()).toBe(true);
  });

  test('a failed check publishes nothing and removes the staging folder', async () => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-publish-')), 'dist');
    expect((await start(outDir, 'v1').exited).code).toBe(0);
    const bad = await start(outDir, 'broken').exited;
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('1 problem(s) in the built site');
    expect(siteVersion(outDir)).toBe('v1');
    expect(fs.readdirSync(buildsOf(outDir).builds)).toEqual([path.basename(fs.readlinkSync(outDir))]);
  });
});
