import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeCbor, encodeCbor, readPagefindFile, shortenPageNames, shortNames, type Cbor } from '../../src/integrations/pagefind-meta';

describe('the CBOR subset of Pagefind’s metadata', () => {
  test('arrays, text and unsigned integers of every width survive a round trip', () => {
    const value: Cbor = ['1.6.0', [['nl_5bcd738', 461, ''], ['nl_a81f6dd', 70000, 'é']], [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1]];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  test('encodes in the shortest form, as Pagefind (minicbor) does', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(256)]).toEqual([0x19, 1, 0]);
    expect([...encodeCbor(['a'])]).toEqual([0x81, 0x61, 0x61]);
  });

  test('anything else is refused with a message, never guessed', () => {
    expect(() => decodeCbor(Uint8Array.from([0x20]))).toThrow(/major type 1/); // a negative number
    expect(() => decodeCbor(Uint8Array.from([0x9f]))).toThrow(/length 31/); // an array of indefinite length
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/ends early/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/after the CBOR item/);
    expect(() => encodeCbor(-1)).toThrow(/unsigned/);
  });

  test('short names count in base 36 after a tag', () => {
    expect(shortNames('nl_abc_', 38).slice(0, 2)).toEqual(['nl_abc_0', 'nl_abc_1']);
    expect(shortNames('nl_abc_', 38).slice(-2)).toEqual(['nl_abc_10', 'nl_abc_11']);
  });
});

describe('short page names in a real Pagefind index', () => {
  let dir: string;
  const titles = ['Taalcafé', 'Buurtwerk', 'Moskee'];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-pagefind-meta-'));
    const { index } = await pagefind.createIndex({});
    for (const [i, t] of titles.entries()) {
      await index!.addHTMLFile({ sourcePath: `p${i}/index.html`, content: `<html lang="nl"><body><main data-pagefind-body><h1>${t}</h1><p>Een tekst over ${t}.</p></main></body></html>` });
    }
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('fragments get short names in page order; metadata and entry file point to them', () => {
    const entryBefore = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    const metaBefore = decodeCbor(readPagefindFile(path.join(dir, `pagefind.${entryBefore.languages.nl.hash}.pf_meta`))) as Cbor[];
    const hashesBefore = (metaBefore[1] as Cbor[][]).map((p) => p[0]);
    const urlOf = (name: string) => JSON.parse(new TextDecoder().decode(readPagefindFile(path.join(dir, 'fragment', `${name}.pf_fragment`)))).url;
    const urlsBefore = hashesBefore.map((h) => urlOf(h as string));

    const [report] = shortenPageNames(dir);
    expect(report.after).toBeLessThan(report.before + 50);

    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.nl.hash).not.toBe(entryBefore.languages.nl.hash);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${entry.languages.nl.hash}.pf_meta`]);
    const meta = decodeCbor(readPagefindFile(path.join(dir, `pagefind.${entry.languages.nl.hash}.pf_meta`))) as Cbor[];
    const names = (meta[1] as Cbor[][]).map((p) => p[0] as string);
    expect(names).toEqual(shortNames(names[0].slice(0, -1), 3));
    // Everything else in the metadata is as Pagefind wrote it.
    expect([meta[0], ...meta.slice(2)]).toEqual([metaBefore[0], ...metaBefore.slice(2)]);
    expect((meta[1] as Cbor[][]).map((p) => p.slice(1))).toEqual((metaBefore[1] as Cbor[][]).map((p) => p.slice(1)));
    // The same page behind each position, under its new name; no old name is left.
    expect(names.map(urlOf)).toEqual(urlsBefore);
    expect(fs.readdirSync(path.join(dir, 'fragment')).sort()).toEqual(names.map((n) => `${n}.pf_fragment`).sort());
  });
});
