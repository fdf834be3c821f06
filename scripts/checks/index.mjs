// Checks run on a built site before it is published; each lives in its own file.
import * as internalLinks from './internal-links.mjs';
import * as noInlineCode from './no-inline-code.mjs';
import * as thirdParty from './third-party.mjs';
import * as searchIndex from './search-index.mjs';
import * as headers from './headers.mjs';

export const checks = [internalLinks, noInlineCode, thirdParty, searchIndex, headers];

/** Run every check; returns the problems, each prefixed with its check's name. */
export function runChecks(dir) {
  return checks.flatMap((c) => c.check(dir).map((p) => `[${c.name}] ${p}`));
}
