#!/usr/bin/env node
// Validate every record without building pages, and list all problems at once.
// Loads the TypeScript schemas through Vite, the same way the Astro build does.
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = true;
try {
  const { validateAll, formatProblem } = await server.ssrLoadModule('/src/check/validate.ts');
  const problems = validateAll();
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length) console.error(`\n${problems.length} problem(s) in the records; nothing was built.`);
  else console.log('All records are valid.');
  failed = problems.length > 0;
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
