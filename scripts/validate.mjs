// Validate every record through the same TypeScript schemas the build uses, loaded
// with Vite, and print all problems at once (Astro itself stops at the first).
import { createServer } from 'vite';

/** Validate the records under `root` (default: KAPSTOK_CONTENT_ROOT or the repository). */
export async function validateRecords(root) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { validateAll, formatProblem } = await server.ssrLoadModule('/src/check/validate.ts');
    const problems = validateAll(root);
    for (const p of problems) console.error(formatProblem(p));
    if (problems.length) console.error(`\n${problems.length} problem(s) in the records; nothing was built.`);
    return problems.length === 0;
  } finally {
    await server.close();
  }
}
