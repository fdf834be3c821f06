import fs from 'node:fs';
import path from 'node:path';
import { contentRoot, recordCollections, type RecordCollection } from './content-root';

/**
 * The ids of all records, read from the file names before any record is parsed, so
 * that schemas can reject a reference to a record that does not exist. Astro 5 only
 * logs dangling `reference()`s; we want the build to stop.
 */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The record id of a file: its name without extension. */
export function idOfFile(file: string): string {
  return path.basename(file).replace(/\.mdx?$/, '');
}

export class RegistryError extends Error {}

export function scanCollection(root: string, collection: RecordCollection): Map<string, string> {
  const dir = path.join(root, collection);
  const ids = new Map<string, string>();
  if (!fs.existsSync(dir)) return ids;
  const problems: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const rel = path.relative(root, path.join(entry.parentPath, entry.name));
    const id = idOfFile(entry.name);
    if (!ID_PATTERN.test(id)) {
      problems.push(`${rel}: file name must be lowercase words joined by hyphens (it is the record's URL slug)`);
    } else if (ids.has(id)) {
      problems.push(`${rel}: duplicate slug "${id}", also used by ${ids.get(id)}`);
    } else ids.set(id, rel);
  }
  if (problems.length) throw new RegistryError(`Invalid ${collection}:\n  ${problems.join('\n  ')}`);
  return ids;
}

let cached: Record<RecordCollection, Map<string, string>> | undefined;

/** Ids per collection for the current content root, scanned once per process. */
export function registry(): Record<RecordCollection, Map<string, string>> {
  cached ??= Object.fromEntries(recordCollections.map((c) => [c, scanCollection(contentRoot, c)])) as Record<
    RecordCollection,
    Map<string, string>
  >;
  return cached;
}
