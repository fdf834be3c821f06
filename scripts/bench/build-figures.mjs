// The build half of `npm run bench`: optionally write a synthetic corpus, build it
// through the real scripts/build.mjs into scratch folders, and measure the whole
// process tree. Options: --records N (a corpus of N records: the real ones plus
// synthetic practices), --cpu-prof DIR (write V8 CPU profiles of the build there),
// --keep (leave the corpus and the built site in place and print where they are).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './corpus.mjs';
import { measure } from './process-tree.mjs';

export function parseArgs(argv) {
  const options = { records: undefined, cpuProf: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--records') options.records = Number(argv[++i]);
    else if (a === '--cpu-prof') options.cpuProf = path.resolve(argv[++i]);
    else if (a === '--keep') options.keep = true;
    else throw new Error(`unknown option ${a}; use --records N, --cpu-prof DIR, --keep`);
  }
  if (options.records !== undefined && !(Number.isInteger(options.records) && options.records > 0)) {
    throw new Error('--records needs a positive whole number');
  }
  return options;
}

const countRecords = (root) =>
  ['practices', 'recommendations', 'organisations', 'subsidies'].reduce(
    (n, c) => n + fs.readdirSync(path.join(root, c)).filter((f) => /\.mdx?$/.test(f)).length,
    0,
  );

/** Build (a synthetic corpus or the real content) and return { out, records, corpus, run, cleanup }. */
export async function buildForBench(options) {
  const root = process.cwd();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-bench-'));
  const out = path.join(scratch, 'site');
  const env = {
    ...process.env,
    KAPSTOK_OUT: out,
    KAPSTOK_STAGING: path.join(scratch, 'staging'),
    // A cache of its own: every bench build starts cold, and the corpus never reaches the project's cache.
    KAPSTOK_CACHE_DIR: path.join(scratch, 'cache'),
    KAPSTOK_QUIET: '1',
  };
  let records = countRecords(root);
  let corpus;
  if (options.records !== undefined) {
    const dir = path.join(scratch, 'content');
    corpus = writeCorpus({ root, dir, records: options.records });
    env.KAPSTOK_CONTENT_ROOT = dir;
    records = corpus.total;
    if (corpus.total > options.records) console.error(`note: the real content alone has ${corpus.total} records`);
  }
  const args = [...(options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProf] : []), 'scripts/build.mjs'];
  const run = await measure(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.code !== 0) throw new Error(`the build failed (exit code ${run.code}); scratch folder ${scratch}`);
  const cleanup = () => (options.keep ? console.log(`kept: ${scratch}`) : fs.rmSync(scratch, { recursive: true, force: true }));
  return { out, records, corpus, run, cleanup };
}
