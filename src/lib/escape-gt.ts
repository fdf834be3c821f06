/**
 * The Markdown renderer writes ">" in text as is; MDX (and html-validate's
 * no-raw-characters rule) want "&gt;". Record bodies write paths such as "sociaal beleid >
 * diversiteit". The renderer's HTML is well formed with double-quoted attributes, so a
 * tag is "<", then anything but ">" or a quoted value, then ">"; every other ">" is text.
 */
const TAG_OR_TEXT = /(<(?:[^>"]|"[^"]*")*>)|([^<]+)/g;

export function escapeGreaterThanInText(html: string): string {
  return html.replace(TAG_OR_TEXT, (match, tag: string | undefined) => (tag ? match : match.replaceAll('>', '&gt;')));
}
