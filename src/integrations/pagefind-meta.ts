/**
 * Shorter page names in Pagefind's metadata file, which every search downloads whole.
 *
 * The metadata (`pagefind.<hash>.pf_meta`) lists every indexed page by the content hash
 * of its fragment file (`nl_5bcd738`) and its word count. Random hashes do not compress:
 * at 10,000 records the list was 63 KB of a 96 KB file. This step renames each fragment
 * to a short name in page order (`<tag>0`, `<tag>1`, … in base 36) and rewrites the
 * metadata and `pagefind-entry.json` to match, which halves the list. The tag is a hash
 * of all fragment hashes, so a fragment that changes gets a new URL in the next build and
 * no browser or host cache serves an old one (as with Pagefind's own names).
 *
 * Pagefind's files are gzip of "pagefind_dcd" followed by CBOR (RFC 8949). The metadata
 * uses arrays, text strings and unsigned integers only; this codec handles exactly those
 * and fails on anything else, and the build checks that decoding and encoding the file
 * gives back Pagefind's bytes before it changes a name. A Pagefind version that writes
 * its metadata differently therefore stops the build with a message, never with a
 * broken index.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type Cbor = number | string | Cbor[];

const SIGNATURE = Buffer.from('pagefind_dcd');

/** Decode one CBOR item made of arrays, text strings and unsigned integers. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const text = new TextDecoder('utf-8', { fatal: true });
  function argument(info: number): number {
    if (info < 24) return info;
    const width = { 24: 1, 25: 2, 26: 4 }[info];
    if (!width) throw new Error(`unsupported CBOR length ${info} at byte ${at - 1}`);
    const v = width === 1 ? view.getUint8(at) : width === 2 ? view.getUint16(at) : view.getUint32(at);
    at += width;
    return v;
  }
  function item(): Cbor {
    if (at >= bytes.length) throw new Error('CBOR ends early');
    const initial = bytes[at++];
    const type = initial >> 5;
    const n = argument(initial & 31);
    if (type === 0) return n;
    if (type === 3) {
      const s = text.decode(bytes.subarray(at, at + n));
      at += n;
      return s;
    }
    if (type === 4) return Array.from({ length: n }, item);
    throw new Error(`unsupported CBOR major type ${type} at byte ${at - 1}`);
  }
  const value = item();
  if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes after the CBOR item`);
  return value;
}

/** Encode arrays, text strings and unsigned integers, in CBOR's shortest form (as Pagefind writes them). */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  function head(type: number, n: number) {
    if (n < 24) out.push((type << 5) | n);
    else if (n < 0x100) out.push((type << 5) | 24, n);
    else if (n < 0x10000) out.push((type << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((type << 5) | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    else throw new Error(`number too large for this CBOR codec: ${n}`);
  }
  function item(v: Cbor) {
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0) throw new Error(`not an unsigned integer: ${v}`);
      head(0, v);
    } else if (typeof v === 'string') {
      const b = Buffer.from(v, 'utf8');
      head(3, b.length);
      for (const x of b) out.push(x);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  }
  item(value);
  return Uint8Array.from(out);
}

/** The content of a Pagefind file: gunzipped, signature checked and removed. */
export function readPagefindFile(file: string): Uint8Array {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file}: not a Pagefind file (no signature)`);
  return raw.subarray(SIGNATURE.length);
}

function pagefindFileBytes(content: Uint8Array): Buffer {
  return zlib.gzipSync(Buffer.concat([SIGNATURE, content]), { level: 9 });
}

/** Short names in page order: the tag, then the page number in base 36. */
export const shortNames = (tag: string, count: number) => Array.from({ length: count }, (_, i) => `${tag}${i.toString(36)}`);

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/**
 * Rename the fragments of every language index in `outputPath` (Pagefind's bundle
 * folder) to short names, and rewrite the metadata and entry file to match.
 * Returns the metadata bytes (gzip) before and after, per language.
 */
export function shortenPageNames(outputPath: string): { language: string; before: number; after: number }[] {
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as Entry;
  const report = [];
  for (const [language, index] of Object.entries(entry.languages)) {
    const metaFile = path.join(outputPath, `pagefind.${index.hash}.pf_meta`);
    const where = `Pagefind ${entry.version} metadata ${path.basename(metaFile)}`;
    const content = readPagefindFile(metaFile);
    const meta = decodeCbor(content);
    if (!Buffer.from(encodeCbor(meta)).equals(Buffer.from(content))) throw new Error(`${where}: re-encoding does not give Pagefind's bytes back; check src/integrations/pagefind-meta.ts against this Pagefind version`);
    // [version, pages: [[fragment hash, word count, …], …], index chunks, filters, sorts, meta fields]
    const pages = Array.isArray(meta) ? meta[1] : undefined;
    if (meta[0] !== entry.version || !Array.isArray(pages) || pages.length !== index.page_count || !pages.every((p) => Array.isArray(p) && typeof p[0] === 'string')) {
      throw new Error(`${where}: not the expected layout (version, then one [fragment hash, word count, …] per page); check src/integrations/pagefind-meta.ts against this Pagefind version`);
    }
    const hashes = pages.map((p) => (p as Cbor[])[0] as string);
    const tag = `${language}_${crypto.createHash('sha256').update(hashes.join('\n')).digest('hex').slice(0, 6)}_`;
    const names = shortNames(tag, hashes.length);
    const fragments = path.join(outputPath, 'fragment');
    hashes.forEach((hash, i) => {
      fs.renameSync(path.join(fragments, `${hash}.pf_fragment`), path.join(fragments, `${names[i]}.pf_fragment`));
      (pages[i] as Cbor[])[0] = names[i];
    });
    const bytes = pagefindFileBytes(encodeCbor(meta));
    const hash = `${language}_${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
    fs.writeFileSync(path.join(outputPath, `pagefind.${hash}.pf_meta`), bytes);
    const before = fs.statSync(metaFile).size;
    fs.rmSync(metaFile);
    index.hash = hash;
    report.push({ language, before, after: bytes.length });
  }
  fs.writeFileSync(entryFile, JSON.stringify(entry));
  return report;
}
