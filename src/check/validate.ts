import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { ZodTypeAny } from 'astro/zod';
import { contentRoot, recordCollections, type RecordCollection } from '../lib/content-root';
import { RegistryError, registry } from '../lib/registry';
import { practiceSchema } from '../schemas/practice';
import { recommendationSchema } from '../schemas/recommendation';
import { organisationSchema } from '../schemas/organisation';
import { subsidySchema } from '../schemas/subsidy';
import { datesProblems } from './record-dates';

/**
 * Validate every record with the same schemas the build uses, and report all problems
 * at once (Astro stops at the first). Each problem names the file, the field and what
 * is wrong.
 */
export interface Problem {
  file: string;
  field?: string;
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

export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1], body: m[2] } : undefined;
}

export function validateFile(collection: RecordCollection, file: string): Problem[] {
  const rel = path.relative(contentRoot, file) || file;
  const split = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  if (!split) return [{ file: rel, message: 'no frontmatter: the file must start with a --- block' }];
  let data: unknown;
  try {
    data = yaml.load(split.frontmatter);
  } catch (e) {
    return [{ file: rel, message: `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}` }];
  }
  if (typeof data !== 'object' || data === null) return [{ file: rel, message: 'frontmatter is empty' }];
  const problems: Problem[] = [];
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
  if (needsBody.has(collection) && split.body.trim() === '') {
    problems.push({ file: rel, field: 'body', message: 'the text below the frontmatter is empty' });
  }
  return problems;
}

export function validateAll(): Problem[] {
  let ids;
  try {
    ids = registry();
  } catch (e) {
    if (e instanceof RegistryError) return [{ file: contentRoot, message: e.message }];
    throw e;
  }
  const problems: Problem[] = [];
  for (const collection of recordCollections) {
    for (const rel of ids[collection].values()) problems.push(...validateFile(collection, path.join(contentRoot, rel)));
  }
  problems.push(...datesProblems(recordCollections.flatMap((c) => [...ids[c].keys()].map((id) => `${c}/${id}`))));
  return problems;
}

export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}
