// Validate every record through the same TypeScript schemas the build uses, loaded
// with Vite, and print all problems at once (Astro itself stops at the first).
import { createServer } from 'vite';

/**
 * Run `use` with a Vite server that loads the project's TypeScript modules (schemas,
 * place resolution) the way the build does; the server is closed afterwards.
 */
export async function withTsModules(use) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await use((file) => server.ssrLoadModule(file));
  } finally {
    await server.close();
  }
}

/** Validate the records under `root` (default: KAPSTOK_CONTENT_ROOT or the repository). */
export function validateRecords(root) {
  return withTsModules(async (load) => {
    const { validateAll, formatProblem } = await load('/src/check/validate.ts');
    const problems = validateAll(root);
    for (const p of problems) console.error(formatProblem(p));
    if (problems.length) console.error(`\n${problems.length} problem(s) in the records; nothing was built.`);
    return problems.length === 0;
  });
}
