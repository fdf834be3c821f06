/**
 * Records are content, not code. An MDX body is a program: `import`, `export`,
 * `{expressions}` and components run at build time with the build's rights. These rules
 * allow only Markdown and a few harmless inline elements, and only links a reader can
 * trust. `npm run check` reports every breach at once (src/check/validate.ts); the
 * remark plugin below stops `astro build` and `astro dev` on the same rules, before
 * the MDX is turned into JavaScript.
 */
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { problemOfHref } from './links';

/** Largest record file in bytes: about four times today's longest record. */
export const RECORD_MAX_BYTES = 20_000;

/**
 * The only elements a body may contain, with their allowed attributes. None of them
 * loads anything or runs anything; everything else is written in Markdown.
 */
export const ALLOWED_ELEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['abbr', new Set(['title'])],
  ['br', new Set<string>()],
  ['sub', new Set<string>()],
  ['sup', new Set<string>()],
]);

export interface BodyProblem {
  line?: number;
  column?: number;
  message: string;
}

interface Node {
  type: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
  children?: Node[];
  [key: string]: unknown;
}

const allowedList = [...ALLOWED_ELEMENTS.keys()].map((e) => `<${e}>`).join(', ');

/** Problems of a parsed body (mdast from the MDX parser, GFM on, as in the build). */
export function bodyProblems(tree: Root, source: string, exists?: (sitePath: string) => boolean): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: Node, message: string) =>
    problems.push({ line: node.position?.start.line, column: node.position?.start.column, message });
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, 'import/export is not allowed: a record is text, not code');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, `JavaScript expression {${String(node.value).slice(0, 40)}} is not allowed; to show a brace, write \\{`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name as string | null;
        const allowed = name ? ALLOWED_ELEMENTS.get(name) : undefined;
        if (!allowed) {
          at(node, `element <${name ?? ''}> is not allowed; write Markdown (allowed elements: ${allowedList})`);
          break;
        }
        for (const attr of node.attributes as Node[]) {
          if (attr.type !== 'mdxJsxAttribute') at(node, `<${name}> has a JavaScript attribute {…}, which is not allowed`);
          else if (attr.value !== null && typeof attr.value === 'object') at(node, `<${name} ${attr.name}={…}>: JavaScript values are not allowed`);
          else if (!allowed.has(attr.name as string)) at(node, `<${name}> may not have the attribute "${attr.name}"`);
        }
        break;
      }
      case 'image':
      case 'imageReference':
        at(node, 'images are not allowed in a record body (an image would be loaded from elsewhere)');
        break;
      case 'html':
        at(node, 'raw HTML is not allowed; write Markdown');
        break;
      case 'code':
        at(node, 'code blocks are not allowed in a record body');
        break;
      case 'link':
      case 'definition': {
        const url = node.url as string;
        // A GFM address literal ("www.x.be" in running text) is linked over https by the plugin.
        if (isAddressLiteral(node, source)) break;
        const problem = problemOfHref(url, exists);
        if (problem) at(node, problem);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as Node);
  return problems;
}

/** A link GFM made from a bare "www.…" in running text (its source text has no scheme). */
function isAddressLiteral(node: Node, source: string): boolean {
  if (node.type !== 'link' || !String(node.url).startsWith('http://www.')) return false;
  const start = node.position?.start.offset;
  return start !== undefined && source.startsWith('www.', start);
}

/** Problems of the raw text: decoding damage and size. */
export function textProblems(text: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const before = text.slice(0, bad).split('\n');
    problems.push({
      line: before.length,
      column: before.at(-1)!.length + 1,
      message: 'invalid UTF-8 (or a U+FFFD replacement character): save the file as UTF-8',
    });
  }
  const bytes = Buffer.byteLength(text);
  if (bytes > RECORD_MAX_BYTES) {
    problems.push({ message: `the file is ${bytes} bytes; a record may be at most ${RECORD_MAX_BYTES} bytes: shorten it or split it into records` });
  }
  return problems;
}

/**
 * remark plugin for @astrojs/mdx: fails the build (or shows the dev error overlay) on
 * any breach, naming file, line and column, and links bare "www." addresses over https.
 */
export const remarkRecordRules: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const problems = [...textProblems(source), ...bodyProblems(tree, source)];
    // `layout` in frontmatter makes @astrojs/mdx import that file: code again.
    if ('layout' in frontmatter) problems.push({ line: 1, column: 1, message: 'frontmatter field "layout" is not allowed' });
    if (problems.length) {
      const where = file.path ?? 'record';
      const lines = problems.map((p) => `${where}:${p.line ?? 1}:${p.column ?? 1}: ${p.message}`);
      const error = new Error(`Record is not safe to publish:\n  ${lines.join('\n  ')}`);
      throw error;
    }
    const visit = (node: Node) => {
      if (isAddressLiteral(node, source)) node.url = `https://${String(node.url).slice(7)}`;
      node.children?.forEach(visit);
    };
    visit(tree as unknown as Node);
  };
};
