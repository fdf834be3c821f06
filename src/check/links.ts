/**
 * Which link targets a record may use, with a suggested fix for the usual slips.
 * Shared by the frontmatter schemas (src/schemas/fields.ts), `npm run check` and the
 * remark plugin that applies the same rules in `astro build` and `astro dev`.
 */

const HOST = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d+)?$/i;
const EMAIL = /^[^\s@<>(),;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** Punctuation that ends a sentence rather than an address. */
function trailingPunctuation(url: string): string | undefined {
  const m = /[.,;:!?]+$/.exec(url) ?? (/\)$/.test(url) && !url.includes('(') ? /\)$/.exec(url) : null);
  return m ? url.slice(0, m.index) : undefined;
}

/** "htps://x", "https:/x", "http//x", "https:x" → the address with a correct scheme, or undefined. */
function repairScheme(url: string): string | undefined {
  if (/^https?:\/\/[^/]/i.test(url)) return undefined;
  const m = /^([a-z]+)(:\/*|\/\/+)(.*)$/i.exec(url);
  if (!m || !/^h*t+p+s*$/i.test(m[1])) return undefined;
  if (!HOST.test(m[3].split(/[/?#]/)[0])) return undefined;
  return `https://${m[3]}`;
}

/**
 * A web address as a source prints it (frontmatter `links`, `websites`): with or
 * without scheme. Returns a message with a suggested fix, or undefined when it is fine.
 */
export function problemOfAddress(url: string): string | undefined {
  const trimmed = trailingPunctuation(url);
  if (trimmed !== undefined) return `address "${url}" ends in punctuation; write "${trimmed}"`;
  const repaired = repairScheme(url);
  if (repaired) return `malformed scheme in "${url}"; write "${repaired}"`;
  const m = /^(https?):\/\/([^/?#\s]*)([/?#][^\s<>"]*)?$/i.exec(url);
  if (m) return HOST.test(m[2]) ? undefined : `malformed URL "${url}": "${m[2]}" is not a host name`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return `malformed URL "${url}": only https:// and http:// addresses are allowed here`;
  const host = url.split(/[/?#]/)[0];
  if (HOST.test(host) && !/\s/.test(url)) return undefined;
  return `malformed URL "${url}"`;
}

/** The address to link to: a printed address without scheme is reached over https. */
export function hrefOfAddress(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

/**
 * A link target in a record body. Allowed: https:, http:, mailto:, tel: and paths on
 * this site (`exists` says whether a site path is built). Returns a message with a
 * suggested fix, or undefined.
 */
export function problemOfHref(href: string, exists?: (sitePath: string) => boolean): string | undefined {
  const trimmed = trailingPunctuation(href);
  if (trimmed !== undefined && !href.startsWith('/')) return `link "${href}" ends in punctuation; write "${trimmed}"`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return problemOfAddress(href);
  if (scheme === 'mailto') {
    return EMAIL.test(href.slice(7).split('?')[0]) ? undefined : `malformed e-mail link "${href}"; write "mailto:naam@voorbeeld.be"`;
  }
  if (scheme === 'tel') {
    return /^\+?[0-9]{8,15}$/.test(href.slice(4)) ? undefined : `malformed phone link "${href}"; write digits only, such as "tel:+3215281830"`;
  }
  const repaired = repairScheme(href);
  if (repaired) return `malformed scheme in "${href}"; write "${repaired}"`;
  if (scheme) return `link scheme "${scheme}:" is not allowed ("${href}"); use https:, http:, mailto:, tel: or a path on this site`;
  if (href.startsWith('//')) return `link "${href}" has no scheme; write "https:${href}"`;
  if (href.startsWith('/')) {
    const sitePath = href.split(/[?#]/)[0];
    if (!sitePath.endsWith('/') && !/\.[a-z0-9]+$/i.test(sitePath)) return `site link "${href}" needs a trailing slash; write "${sitePath}/"`;
    if (exists && !exists(sitePath)) return `site link "${href}" leads to no page of this site`;
    return undefined;
  }
  const host = href.split(/[/?#]/)[0];
  if (HOST.test(host)) return `link "${href}" has no scheme, so it would lead to a page of this site; write "https://${href}"`;
  return `link "${href}" is not allowed; use an https:// address, mailto:, tel: or a path on this site starting with "/"`;
}
