import fs from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { ZodTypeAny } from 'astro/zod';
import type { Root } from 'mdast';
import { contentRoot, recordCollections, type RecordCollection } from '../lib/content-root';
import { scanRecords, withScan } from '../lib/registry';
import { practiceSchema } from '../schemas/practice';
import { recommendationSchema } from '../schemas/recommendation';
import { organisationSchema } from '../schemas/organisation';
import { subsidySchema } from '../schemas/subsidy';
import { bodyProblems, RECORD_MAX_BYTES, textProblems } from './mdx-rules';
import { sitePaths } from './site-paths';
import { datesProblems } from './record-dates';

/**
 * Validate every record with the same schemas, frontmatter parser and MDX parser the
 * build uses, and report all problems at once (Astro stops at the first). Each
 * problem names the file, the field or line and column, and what is wrong.
 */
export interface Problem {
  file: string;
  field?: string;
  line?: number;
  column?: number;
  message: string;
}

const schemas: Record<RecordCollection, ZodTypeAny> = {
  practices: practiceSchema,
  recommendations: recommendationSchema,
  organisations: organisationSchema,
  subsidies: subsidySchema,
};

/** Record types whose body is the point of the record and may not be empty. */
const needsBody = new Set<RecordCollection>(['practices', 'recommendations']);

/** The MDX parser of @astrojs/mdx: MDX syntax with GFM (tables, autolinks, strikethrough). */
const mdx = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

/**
 * Frontmatter and body exactly as the build reads them: Astro's own parser from
 * @astrojs/markdown-remark (js-yaml; BOM, CRLF and leading blank lines accepted,
 * duplicate keys rejected). The body keeps the frontmatter's lines as blanks, as in
 * the build, so line numbers are those of the file.
 */
export function readRecordText(text: string, rel: string): { data?: Record<string, unknown>; body: string; problems: Problem[] } {
  const raw = extractFrontmatter(text);
  if (raw === undefined) {
    return { body: text, problems: [{ file: rel, line: 1, column: 1, message: 'no frontmatter: the file must start with a --- block' }] };
  }
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return { data: frontmatter, body: content, problems: [] };
  } catch (e) {
    const err = e as Error & { mark?: { line: number; column: number }; reason?: string };
    const firstLine = text.slice(0, text.indexOf(raw)).split('\n').length;
    const line = err.mark ? firstLine + err.mark.line : undefined;
    // The body as parseFrontmatter would have left it, so its own problems are found too.
    const body = text.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
    return {
      body,
      problems: [{ file: rel, line, column: err.mark && err.mark.column + 1, message: `frontmatter is not valid YAML: ${err.reason ?? err.message.split('\n')[0]}` }],
    };
  }
}

export function validateFile(collection: RecordCollection, file: string, root: string, exists?: (p: string) => boolean): Problem[] {
  const rel = path.relative(root, file) || file;
  const bytes = fs.readFileSync(file);
  // Decoded as Astro decodes it (invalid bytes become U+FFFD, which textProblems reports).
  const text = bytes.toString('utf8');
  const problems: Problem[] = textProblems(text).map((p) => ({ file: rel, ...p }));
  const { data, body, problems: read } = readRecordText(text, rel);
  problems.push(...read);
  if (data) {
    const result = schemas[collection].safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || undefined;
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : issue.code === 'invalid_type' && issue.received === 'undefined'
              ? 'required field is missing'
              : issue.message;
        problems.push({ file: rel, field, message });
      }
    }
  }
  // An oversized file is reported by textProblems; parsing megabytes would only be slow.
  if (bytes.length > RECORD_MAX_BYTES) return problems;
  let tree: Root | undefined;
  try {
    tree = mdx.parse(body) as Root;
  } catch (e) {
    const err = e as { line?: number; column?: number; reason?: string; message: string };
    problems.push({ file: rel, line: err.line, column: err.column, message: `MDX syntax error: ${err.reason ?? err.message}` });
  }
  if (tree) problems.push(...bodyProblems(tree, body, exists).map((p) => ({ file: rel, ...p })));
  if (needsBody.has(collection) && body.trim() === '') {
    problems.push({ file: rel, field: 'body', message: 'the text below the frontmatter is empty' });
  }
  return problems;
}

/** Every problem of every record under `root` (the repository root by default). */
export function validateAll(root: string = contentRoot): Problem[] {
  const scan = scanRecords(path.resolve(root));
  const problems: Problem[] = [...scan.problems];
  const exists = sitePaths(scan.ids);
  withScan(scan, () => {
    for (const { collection, rel } of scan.files) problems.push(...validateFile(collection, path.join(scan.root, rel), scan.root, exists));
  });
  problems.push(...datesProblems(recordCollections.flatMap((c) => [...scan.ids[c].keys()].map((id) => `${c}/${id}`)), scan.root));
  return problems;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}
