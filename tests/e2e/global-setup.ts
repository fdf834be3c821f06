import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

const root = path.resolve(__dirname, '../..');
export const siteDir = path.join(root, 'tests/.output/site');

/** Build the real site once, through the same script as `npm run build`, and serve it. */
export default async function setup(project: TestProject) {
  // KAPSTOK_E2E_REUSE=1 serves the last test build again instead of building anew: for
  // re-running one browser test while working on it. CI and `npm test` always build.
  const reuse = process.env.KAPSTOK_E2E_REUSE === '1' && !process.env.CI && fs.existsSync(path.join(siteDir, 'index.html'));
  if (!reuse) execFileSync('node', ['scripts/build.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      KAPSTOK_OUT: siteDir,
      KAPSTOK_QUIET: '1',
    },
  });
  const server: Server = await startServer(siteDir, 0);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  project.provide('siteDir', siteDir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
