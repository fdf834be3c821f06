/**
 * The registry as the contribution form sees it in the browser (astro.config.mjs swaps
 * it in for client bundles only): the form offers no references to other records, so
 * there are none to look up, and the browser has no file system to scan.
 */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const none = { practices: new Map(), recommendations: new Map(), organisations: new Map(), subsidies: new Map() };

export function registry(): typeof none {
  return none;
}
