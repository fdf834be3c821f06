// Runs scripts/build.mjs's pipeline with a stand-in for Astro that writes a small site
// of one version; stops (and waits to be killed) at the step named in argv[4].
import fs from 'node:fs';
import path from 'node:path';
import { runBuild } from '../../scripts/build.mjs';

const [outDir, version, stopAt] = process.argv.slice(2);
const pages = ['index.html', 'praktijken/a/index.html', 'zoeken/index.html'];

async function step(name) {
  if (name !== stopAt) return;
  process.send(`at ${name}`);
  // Wait to be killed; the timer keeps the process alive meanwhile.
  await new Promise(() => setInterval(() => {}, 1000));
}

const code = await runBuild({
  outDir,
  validate: async () => true,
  build: async (staging) => {
    for (const [i, page] of pages.entries()) {
      fs.mkdirSync(path.dirname(path.join(staging, page)), { recursive: true });
      fs.writeFileSync(path.join(staging, page), version);
      if (i === 0) await step('building');
    }
  },
  check: () => (version === 'broken' ? ['index.html: broken'] : []),
  step,
});
process.exit(code);
