/**
 * Record bodies are rendered as Markdown (src/content.config.ts), but the record rules
 * (src/check/mdx-rules.ts) are written for MDX, where the few allowed inline elements
 * (<abbr title>, <br>, <sub>, <sup>) are components. To Markdown those tags are raw
 * HTML, which the rules refuse. The first plugin marks exactly the allowed tags so that
 * the rules pass them; the second turns them back into HTML for rendering. Any other
 * tag, or an allowed one with another attribute, stays raw HTML and is refused.
 */
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { ALLOWED_ELEMENTS } from '../check/mdx-rules';

const MARK = 'kapstokAllowedHtml';

/** True for one opening, closing or empty tag of an allowed element with allowed, plainly quoted attributes. */
export function isAllowedTag(html: string): boolean {
  const m = /^<(\/?)([a-z]+)((?:\s+[a-z]+="[^"<>]*")*)\s*(\/?)>$/.exec(html.trim());
  if (!m) return false;
  const [, closing, name, attrs, selfClosing] = m;
  const allowed = ALLOWED_ELEMENTS.get(name);
  if (!allowed || (closing && (attrs || selfClosing))) return false;
  return [...attrs.matchAll(/([a-z]+)=/g)].every(([, attr]) => allowed.has(attr));
}

type Node = { type: string; value?: string; children?: Node[] };

function retype(tree: Root, from: string, to: string, keep: (node: Node) => boolean) {
  const visit = (node: Node) => {
    if (node.type === from && keep(node)) node.type = to;
    node.children?.forEach(visit);
  };
  visit(tree as unknown as Node);
}

export const remarkMarkAllowedHtml: Plugin<[], Root> = () => (tree) => retype(tree, 'html', MARK, (n) => isAllowedTag(n.value ?? ''));
export const remarkUnmarkAllowedHtml: Plugin<[], Root> = () => (tree) => retype(tree, MARK, 'html', () => true);
