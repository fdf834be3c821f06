/**
 * Record bodies are Markdown in .mdx files (the record rules, src/check/mdx-rules.ts,
 * allow no imports, expressions or components), rendered to HTML when their own page
 * renders, with the same rules as `astro.config.mjs` (`markdown`, which takes them from
 * here). Rendered while the content loaded instead, every body's HTML lived in Astro's
 * data store, which the build serializes into one JavaScript module that Rollup parses
 * and every page render loads: at 10,000 records the largest memory cost of the build
 * (README, "Scale"). Left to the MDX pipeline, every record would even become a module
 * of its own that Vite and Rollup bundle.
 */
import { createMarkdownProcessor, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { remarkRecordRules } from '../check/mdx-rules';
import { rehypeHeadingIds } from '../integrations/heading-ids';
import { remarkMarkAllowedHtml, remarkUnmarkAllowedHtml } from './allowed-html';
import { escapeGreaterThanInText } from './escape-gt';

/**
 * The Markdown settings of the site. The allowed inline elements are raw HTML to
 * Markdown: the two plugins around the rules let exactly those through
 * (src/lib/allowed-html.ts); heading ids never start with a digit (heading-ids.ts).
 * Dutch apostrophes and quotes are set in the body's source as records load
 * (src/lib/typography-markdown.ts), so that the open data carry the same text as the
 * page; smartypants would turn the apostrophe of "'s nachts" into an opening quote.
 */
export const recordMarkdown = {
  smartypants: false,
  remarkPlugins: [remarkMarkAllowedHtml, remarkRecordRules, remarkUnmarkAllowedHtml],
  rehypePlugins: [rehypeHeadingIds],
} satisfies Partial<AstroMarkdownOptions>;

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** What a record needs to be rendered: its Markdown body, its data and its file (for error messages). */
export interface RecordBody {
  body?: string;
  data: Record<string, unknown>;
  filePath?: string;
}

/** The HTML of a record's body, as Astro's Markdown renderer writes it, with ">" in text as "&gt;" as MDX did (escape-gt.ts). */
export async function renderRecordBody(record: RecordBody): Promise<string> {
  processor ??= createMarkdownProcessor(recordMarkdown);
  const result = await (await processor).render(record.body ?? '', {
    frontmatter: record.data,
    // @ts-expect-error Astro's internal option: the file the rules name in their errors.
    fileURL: record.filePath ? pathToFileURL(path.resolve(record.filePath)) : undefined,
  });
  return escapeGreaterThanInText(result.code);
}
