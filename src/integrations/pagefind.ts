import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as pagefind from 'pagefind';
import { SEARCH_URL_MAP } from '../lib/open-data/select';
import { indexedText, makeExpander, vocabulary } from '../search/index-text';
import { words } from '../search/text';
import { WORD_LIST_FILE, WORD_SHARD_DIR, shardOf } from '../search/word-list';
import { shortenPageNames } from './pagefind-meta';

/** Extra words (compound parts, joined compounds, synonyms) weigh less than the record's own words. */
const EXPANSION_WEIGHT = 0.5;

function htmlFilesUnder(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(rel, e.name);
    if (e.isDirectory()) return p === 'pagefind' ? [] : htmlFilesUnder(dir, p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** Pagefind stores each fragment gzipped, its JSON behind this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Pagefind page id → page URL, from the fragments Pagefind wrote ("nl_00da31c.pf_fragment"
 * holds the page's URL). The CSV download of a search maps all its result ids with this
 * one file instead of loading a fragment (about 1 KB) per result. A fragment that cannot
 * be read stops the build: Pagefind changed its format and the map would be wrong.
 */
export function urlMapOf(fragments: { file: string; bytes: Buffer }[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { file, bytes } of [...fragments].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const id = /^(.+)\.pf_fragment$/.exec(file)?.[1];
    if (!id) continue;
    let text: string;
    try {
      text = zlib.gunzipSync(bytes).toString('utf8');
    } catch {
      throw new Error(`Pagefind fragment ${file} is not gzip; cannot map search results to records`);
    }
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind fragment ${file} does not start with "${FRAGMENT_SIGNATURE}"; cannot map search results to records`);
    const url = (JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown }).url;
    if (typeof url !== 'string' || !url.startsWith('/')) throw new Error(`Pagefind fragment ${file} has no page URL; cannot map search results to records`);
    map[id] = url;
  }
  return map;
}

function writeUrlMap(siteDir: string, pages: number) {
  const dir = path.join(siteDir, 'pagefind', 'fragment');
  const map = urlMapOf(fs.readdirSync(dir).map((file) => ({ file, bytes: fs.readFileSync(path.join(dir, file)) })));
  const n = Object.keys(map).length;
  if (n !== pages) throw new Error(`Pagefind wrote ${n} fragments for ${pages} indexed pages; cannot map search results to records`);
  fs.writeFileSync(path.join(siteDir, SEARCH_URL_MAP), JSON.stringify(map));
}

export interface IndexedPage {
  file: string;
  html: string;
  tokens: string[];
  /** Where the page stands in a search without words (`data-search-order`, SearchIndexData.astro). */
  order: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };
const orderOf = (html: string) => (/\sdata-search-order="([^"]*)"/.exec(html)?.[1] ?? '\uffff').replace(/&(amp|quot|lt|gt|#39);/g, (_, e) => ENTITIES[e]);

/**
 * The searchable pages of a built site, each with the words Pagefind will index, in
 * browse order. Pagefind numbers pages in the order they are added and lists the
 * results of a search without words in that order, so browsing needs no sort index:
 * a sort in Pagefind's metadata costs every search about 2 bytes per page (21 KB at
 * 10,000 records).
 */
export function searchablePages(siteDir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const file of htmlFilesUnder(siteDir)) {
    const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
    const text = indexedText(html);
    if (text !== undefined) pages.push({ file, html, tokens: words(text), order: orderOf(html) });
  }
  return pages.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.file < b.file ? -1 : 1));
}

/**
 * Word positions per index chunk (Pagefind's default is 20,000; Pagefind 1.6 reads the
 * setting from its environment). A search loads the metadata, which lists every chunk
 * (about 13 bytes each), and the chunks its words fall in (about 1 byte per position).
 * At the default, the chunk of a common word was 25 KB of a 125 KB first search. The
 * sum is smallest near √(8 × all positions) (about 5,400 at 10,000 records); measured
 * over 31 judged queries, cold, it was 3 KB less than 2,000 there. The floor of 2,000
 * holds today (√ gives 1,100): smaller chunks split more words from their longer forms
 * across chunk boundaries, where Pagefind's prefix matching stops (at 1,100 one
 * held-out query lost two ranks; at 2,000 none moved).
 */
export const chunkPositions = (positions: number) => Math.max(2000, Math.round(Math.sqrt(8 * positions) / 100) * 100);

/** Insert the extra words as the first child of the page's `data-pagefind-body` element. */
function withExpansions(html: string, extra: string[]): string {
  if (!extra.length) return html;
  const open = /<[a-z]+[^>]*\sdata-pagefind-body[^>]*>/i.exec(html)!;
  const at = open.index + open[0].length;
  return `${html.slice(0, at)}<p data-pagefind-weight="${EXPANSION_WEIGHT}">${extra.join(' ')}</p>${html.slice(at)}`;
}

/**
 * Build the Pagefind index right after Astro writes the pages, so that an index is
 * never older than the pages it points to. A build that indexes nothing fails.
 *
 * Each record page is indexed with extra words derived from the whole corpus (compound
 * parts, compounds written apart, synonyms; see src/search/index-text.ts). They go to
 * the index only: the published HTML stays as Astro wrote it. The index vocabulary is
 * written as a word list for typo correction in the browser, most frequent word first,
 * and split by first letter for a cheap check whether a query word is known.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; chunkSize: number }> {
  const pages = searchablePages(siteDir);
  if (pages.length === 0) throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body');
  const df = vocabulary(pages.map((p) => p.tokens));
  const expander = makeExpander(new Set(df.keys()));
  const all = new Map<string, number>();
  let positions = 0;
  const extras = pages.map((p) => {
    const extra = expander.expand(p.tokens);
    const distinct = new Set([...p.tokens, ...extra]);
    for (const w of distinct) all.set(w, (all.get(w) ?? 0) + 1);
    // As Pagefind counts them: each occurrence of a word, plus one per word and page.
    positions += p.tokens.length + extra.length + distinct.size;
    return extra;
  });
  const chunkEnv = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
  const before = process.env[chunkEnv];
  process.env[chunkEnv] ??= String(chunkPositions(positions)); // The Pagefind process starts with createIndex and inherits it.
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const [i, p] of pages.entries()) {
      const added = await index.addHTMLFile({ sourcePath: p.file, content: withExpansions(p.html, extras[i]) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${p.file}: ${added.errors.join('; ')}`);
    }
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    shortenPageNames(outputPath);
    const list = [...all]
      .filter(([w]) => w.length >= 3 && w.length <= 30 && !/^\d+$/.test(w))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([w]) => w);
    fs.writeFileSync(path.join(outputPath, WORD_LIST_FILE), list.join('\n') + '\n');
    // Small per-prefix lists, alphabetical, to tell cheaply whether a query word is known.
    // Every possible shard is written, empty ones too, so that no query word asks for a
    // file that is not there (a 404 is an error in the browser console).
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const shards = new Map<string, string[]>([['0', []], ...[...letters].flatMap((a) => [[a, []], ...[...letters].map((b) => [a + b, []])] as [string, string[]][])]);
    for (const w of [...all.keys()].sort()) shards.get(shardOf(w))?.push(w);
    fs.mkdirSync(path.join(outputPath, WORD_SHARD_DIR), { recursive: true });
    for (const [k, ws] of shards) fs.writeFileSync(path.join(outputPath, WORD_SHARD_DIR, `${k}.txt`), ws.length ? ws.join('\n') + '\n' : '');
    // After the fragments got their short names: the map's ids are the result ids.
    writeUrlMap(siteDir, pages.length);
    return { pages: pages.length, chunkSize: Number(process.env[chunkEnv]) };
  } finally {
    await pagefind.close();
    if (before === undefined) delete process.env[chunkEnv];
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kapstok:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, chunkSize } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search (index chunks of about ${chunkSize} word positions)`);
      },
    },
  };
}
