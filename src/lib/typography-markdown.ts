/**
 * Dutch apostrophes and quotes (`dutchQuotes`) in a record body, applied to the Markdown
 * source when the record is loaded (src/content.config.ts). The page is rendered from
 * that source and the open data publish it, so both carry the same text.
 *
 * Only text changes: the source is parsed as the build parses it (remark-parse with
 * GFM), and only characters inside text nodes are replaced. Code, raw HTML and its
 * attributes, link targets and titles, and autolinked web and e-mail addresses stay as
 * written. A paragraph, heading or table cell is typeset as one text, so a quote that
 * opens before *emphasis* and closes after it is still a pair.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parent, Root, Text } from 'mdast';
import { dutchQuotes } from './typography';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Stands for an inline element whose content is not text (code, an image, an address). */
const OPAQUE = '\uFFFC';

interface Piece { node?: Text; value: string }

/** An autolink: a link whose text is its own address ("www.x.be", "info@x.be"). */
function isAddress(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const text = node.children[0].value;
  return [text, `mailto:${text}`, `http://${text}`, `https://${text}`].includes(node.url);
}

function pieces(node: Nodes, out: Piece[]) {
  if (node.type === 'text') out.push({ node, value: node.value });
  else if (node.type === 'break') out.push({ value: '\n' });
  // An allowed inline tag (<abbr>, <sub>) is transparent: "<abbr>OCMW</abbr>'s" is one word.
  else if (node.type === 'html') out.push({ value: /^<br\b/i.test(node.value) ? '\n' : '' });
  else if (isAddress(node) || !('children' in node)) out.push({ value: OPAQUE });
  else for (const child of node.children) pieces(child, out);
}

/** Positions (UTF-16 code units, as the parser's offsets) of the characters that pass `test`. */
function indices(s: string, test: (c: string, i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (test(s[i], i)) out.push(i);
  return out;
}

const REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/iy;

/**
 * Where each changed character of a text node's value stands in the source, or -1.
 * The value can differ from its source: a backslash escape ("\\'") or a character
 * reference ("&#39;"), both ways to ask for this very character and so kept (-1), or
 * the indentation of a list item's next line. The two are walked side by side; source
 * characters that the value does not have are passed over.
 */
function sourceOffsets(node: Text, source: string, changed: number[]): number[] {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  if (source.slice(start, end) === node.value) return changed.map((i) => start + i);
  const offsetOf = new Map<number, number>();
  const value = node.value;
  for (let i = 0, j = start; i < value.length && j < end; ) {
    REFERENCE.lastIndex = j;
    const ref = REFERENCE.exec(source);
    if (ref && !value.startsWith(ref[0], i)) {
      i += String.fromCodePoint(value.codePointAt(i)!).length;
      j += ref[0].length;
    } else if (source[j] === '\\' && value[i] === source[j + 1] && value[i] !== '\\') {
      i += 1;
      j += 2;
    } else if (source[j] === value[i]) offsetOf.set(i++, j++);
    else j++;
  }
  return changed.map((i) => offsetOf.get(i) ?? -1);
}

/** The Markdown source with Dutch apostrophes and quotes in its text. */
export function typographicMarkdown(source: string): string {
  if (!source.includes("'") && !source.includes('"')) return source;
  const tree = parser.parse(source) as Root;
  const edits = new Map<number, string>();
  const block = (parent: Parent) => {
    const list: Piece[] = [];
    for (const child of parent.children) pieces(child as Nodes, list);
    const text = list.map((p) => p.value).join('');
    const typeset = dutchQuotes(text);
    if (typeset === text || typeset.length !== text.length) return;
    let offset = 0;
    for (const { node, value } of list) {
      if (node) {
        const changed = indices(value, (c, i) => typeset[offset + i] !== c);
        const at = changed.length ? sourceOffsets(node, source, changed) : [];
        at.forEach((o, k) => o >= 0 && edits.set(o, typeset[offset + changed[k]]));
      }
      offset += value.length;
    }
  };
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') block(node);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  if (!edits.size) return source;
  const chars = source.split('');
  for (const [o, c] of edits) chars[o] = c;
  return chars.join('');
}
