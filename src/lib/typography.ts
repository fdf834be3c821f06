/**
 * Dutch typography for text written with a plain keyboard: the apostrophe in
 * "OCMW's", "zo'n" and "'s avonds" becomes ’, and 'single quotes' become ‘…’.
 * Record bodies already get this from Markdown (smartypants); frontmatter and data
 * files do not, so a page would mix both forms without this.
 */
export function dutchQuotes(text: string): string {
  return text
    .replace(/(\p{L}|\d)'(?=\p{L})/gu, '$1’')
    .replace(/(^|[\s(“])'(?=[stn]\s)/gu, '$1’')
    .replace(/(^|[\s(“])'([^'\s][^']*?)'(?=$|[\s.,;:!?)”])/gu, '$1‘$2’');
}

const RAW = /^<(script|style|pre|code|textarea)\b/i;

/** Apply `dutchQuotes` to the text of an HTML page, leaving tags, attributes and raw elements alone. */
export function typographicHtml(html: string): string {
  const parts = html.split(/(<[^>]*>)/);
  let raw: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.startsWith('<')) {
      if (raw) {
        if (part.toLowerCase().startsWith(`</${raw}`)) raw = undefined;
      } else {
        const m = RAW.exec(part);
        if (m && !part.endsWith('/>')) raw = m[1].toLowerCase();
      }
    } else if (!raw) {
      // Astro escapes ' as &#39; in text; a text node needs no escape for it.
      const text = part.replace(/&#(39|x27);/gi, "'");
      if (text.includes("'")) parts[i] = dutchQuotes(text);
    }
  }
  return parts.join('');
}
