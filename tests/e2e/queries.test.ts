import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url } from './browser';

/**
 * Queries the way people ask them, with the records they must find among the first
 * results of the real Pagefind index. Pagefind has no synonyms or fuzzy matching:
 * these pass because records carry indexed keywords (abbreviations, expansions,
 * variants) and place names resolved at build time.
 */
const queries: { query: string; expect: string[]; top?: number; why: string }[] = [
  { why: 'project name', query: 'Leeskriebels', expect: ['/praktijken/leeskriebels-roeselare/'], top: 3 },
  { why: 'project name', query: 'Babbelonië', expect: ['/praktijken/babbelonie/'], top: 3 },
  { why: 'project name without the diaeresis', query: 'babbelonie', expect: ['/praktijken/babbelonie/'], top: 3 },
  { why: 'project name', query: 'Fietsvriendin', expect: ['/praktijken/fietsvriendin/'], top: 3 },
  { why: 'plural of a project name', query: 'fietsvriendinnen', expect: ['/praktijken/fietsvriendin/'], top: 3 },
  { why: 'compound word', query: 'fietsproject', expect: ['/praktijken/fietsvriendin/'], top: 3 },
  { why: 'project name', query: 'Lentepoets', expect: ['/praktijken/lentepoets-vilvoorde/', '/praktijken/lentepoets-antwerpen/'], top: 3 },
  { why: 'topic in everyday words', query: 'offerfeest', expect: ['/praktijken/offerfeest-overleg-waregem/', '/praktijken/offerfeest-limburg/'], top: 8 },
  { why: 'plural', query: 'offerfeesten', expect: ['/praktijken/offerfeest-overleg-waregem/'], top: 8 },
  { why: 'topic in everyday words', query: 'hangjongeren', expect: ['/praktijken/hangjongerenbeleid-turnhout/', '/praktijken/dehangman/'], top: 5 },
  { why: 'singular', query: 'hangjongere', expect: ['/praktijken/hangjongerenbeleid-turnhout/'], top: 5 },
  { why: 'topic', query: 'woonwagenterrein', expect: ['/praktijken/wonen-op-wielen/', '/praktijken/inspraak-woonwagenterrein-hasselt/'], top: 8 },
  { why: 'plural', query: 'woonwagenterreinen', expect: ['/praktijken/wonen-op-wielen/'], top: 8 },
  { why: 'part of a compound', query: 'woonwagen', expect: ['/praktijken/woonwagencommissie-genk/'], top: 8 },
  { why: 'a question in plain words', query: 'moskee bouwen', expect: ['/praktijken/nieuwe-moskeeen-in-vlaanderen/', '/praktijken/moskee-winterslag/'], top: 5 },
  { why: 'irregular plural', query: 'moskeeën', expect: ['/praktijken/nieuwe-moskeeen-in-vlaanderen/'], top: 5 },
  { why: 'everyday word for a kind of project', query: 'taalcafé', expect: ['/praktijken/babbelonie/', '/praktijken/cafe-combinne/'], top: 5 },
  { why: 'municipality', query: 'Genk', expect: ['/praktijken/instapje-genk/', '/praktijken/moskee-winterslag/'], top: 10 },
  { why: 'woonkern, tied to Genk', query: 'Winterslag', expect: ['/praktijken/moskee-winterslag/', '/praktijken/fietsvriendin/'], top: 3 },
  { why: 'former municipality, merged in 2025', query: 'Kruibeke', expect: ['/praktijken/vorming-verblijfsrecht-ocmw-waasland/'], top: 3 },
  { why: 'today’s municipality of a place named in 2013', query: 'Beveren-Kruibeke-Zwijndrecht', expect: ['/praktijken/vorming-verblijfsrecht-ocmw-waasland/'], top: 3 },
  { why: 'deelgemeente', query: 'Ruisbroek', expect: ['/praktijken/buurthuis-ruisbroek/'], top: 3 },
  { why: 'district', query: 'Borgerhout', expect: ['/praktijken/reuzenstoet-borgerhout/'], top: 3 },
  { why: 'abbreviation', query: 'OCMW', expect: ['/praktijken/taalbeleidsplan-ocmw-halle/'], top: 10 },
  { why: 'expansion of OCMW', query: 'openbaar centrum voor maatschappelijk welzijn', expect: ['/praktijken/vorming-verblijfsrecht-ocmw-waasland/'], top: 10 },
  { why: 'abbreviation', query: 'NT2', expect: ['/praktijken/huis-van-het-nederlands-toegangspoort-nt2/'], top: 3 },
  { why: 'expansion of NT2', query: 'Nederlands als tweede taal', expect: ['/praktijken/huis-van-het-nederlands-toegangspoort-nt2/'], top: 3 },
  { why: 'abbreviation', query: 'LOI', expect: ['/praktijken/open-loi-dag/', '/praktijken/grootouders-loi-kortenaken/'], top: 5 },
  { why: 'expansion of LOI', query: 'lokaal opvanginitiatief', expect: ['/praktijken/open-loi-dag/'], top: 5 },
  { why: 'abbreviation', query: 'CAW', expect: ['/praktijken/jongerencoaches-antwerpen/'], top: 5 },
  { why: 'expansion of CAW', query: 'centrum algemeen welzijnswerk', expect: ['/praktijken/jongerencoaches-antwerpen/'], top: 5 },
  { why: 'abbreviation', query: 'CLB', expect: ['/praktijken/brugfiguren-ouders-en-school/'], top: 5 },
  { why: 'expansion of CLB', query: 'centrum voor leerlingenbegeleiding', expect: ['/praktijken/brugfiguren-ouders-en-school/'], top: 5 },
  { why: 'abbreviation', query: 'VDAB', expect: ['/praktijken/opstap-boom/'], top: 5 },
  { why: 'abbreviation of a fund', query: 'ESF', expect: ['/praktijken/roma-t-werkt/', '/subsidies/europees-sociaal-fonds/'], top: 5 },
  { why: 'organisation', query: 'Prisma', expect: ['/organisaties/prisma/'], top: 3 },
  { why: 'subsidy line', query: 'Europees Sociaal Fonds', expect: ['/subsidies/europees-sociaal-fonds/'], top: 3 },
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.goto(url('/zoeken/'));
});
afterAll(async () => {
  await browser?.close();
});

async function firstResults(query: string, n: number): Promise<string[]> {
  // Passed as a string: Vitest would rewrite a dynamic import() inside a function.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, ${n}).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

describe('search finds records the way people ask for them', () => {
  test.each(queries)('$query ($why)', async ({ query, expect: wanted, top = 5 }) => {
    const results = await firstResults(query, top);
    for (const w of wanted) expect(results, `“${query}” should find ${w} in the first ${top}`).toContain(w);
  });
});
