import fs from 'node:fs';
import path from 'node:path';

/** All files under a folder, as paths relative to it, with forward slashes. */
export function walk(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export function htmlFiles(dir) {
  return walk(dir).filter((f) => f.endsWith('.html'));
}
