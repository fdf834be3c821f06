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

export type Ids = Record<RecordCollection, Map<string, string>>;

/** What a scan of a content root found: ids, every record file, and file-name problems. */
export interface Scan {
  root: string;
  ids: Ids;
  files: { collection: RecordCollection; rel: string }[];
  problems: { file: string; message: string }[];
}

/** Scan the four record folders under `root`; bad names are reported, not thrown. */
export function scanRecords(root: string): Scan {
  const scan: Scan = { root, ids: {} as Ids, files: [], problems: [] };
  for (const collection of recordCollections) {
    const dir = path.join(root, collection);
    const ids = new Map<string, string>();
    scan.ids[collection] = ids;
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
      const rel = path.relative(root, path.join(entry.parentPath, entry.name));
      scan.files.push({ collection, rel });
      const id = idOfFile(entry.name);
      if (!ID_PATTERN.test(id)) {
        scan.problems.push({ file: rel, message: "file name must be lowercase words joined by hyphens (it is the record's URL slug)" });
      } else if (ids.has(id)) {
        scan.problems.push({ file: rel, message: `duplicate slug "${id}", also used by ${ids.get(id)}` });
      } else ids.set(id, rel);
    }
  }
  return scan;
}

let cached: Scan | undefined;
let active: Scan | undefined;

/**
 * Ids per collection: of the scan being validated (see `withScan`), else of the
 * content root of this process, scanned once. A bad file name throws here, which
 * stops the build before any page is made.
 */
export function registry(): Ids {
  if (active) return active.ids;
  cached ??= scanRecords(contentRoot);
  if (cached.problems.length) {
    throw new RegistryError(`Invalid record files:\n  ${cached.problems.map((p) => `${p.file}: ${p.message}`).join('\n  ')}`);
  }
  return cached.ids;
}

/**
 * Run `fn` (synchronously) with `scan` as the registry, so the validator can check
 * any content root in-process: the schemas' reference checks read it via registry().
 */
export function withScan<T>(scan: Scan, fn: () => T): T {
  const previous = active;
  active = scan;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
