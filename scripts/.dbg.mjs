// src/integrations/pagefind.ts
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

// src/search/stopwords.ts
var stopWords = new Set(
  `de het een en of maar dus want als dan toch ook nog al wel niet geen
  ik je jij u hij zij ze we wij jullie men mij me mijn jouw uw zijn haar ons onze hun hen
  die dat deze dit daar hier er wat wie welk welke waar waarom wanneer hoe hoeveel waarmee waarover
  van voor met in op aan bij naar uit tot om over door onder tussen tegenover na te ten ter
  is ben bent zijn was waren wordt worden werd werden word kan kun kunt kunnen kon konden
  moet moeten moest mag mogen mocht wil wilt willen wou zal zult zullen zou zouden
  heb hebt heeft hebben had hadden doe doet doen deed gaat gaan ga laat laten krijg krijgt krijgen
  iets iemand alle allemaal elk elke ieder iedere zo zoals meer veel weinig erg heel
  even eens nu toen dan graag best goed welke soort manier
  'n`.split(/\s+/).filter(Boolean)
);
function isStopWord(w) {
  return stopWords.has(w) || w.length < 2 && !/\d/.test(w);
}

// src/search/compounds.ts
var LINKERS = ["", "s", "e", "en", "er"];
var MIN_HEAD = 4;
var MIN_TAIL = 4;
function splitCompound(word, known) {
  if (word.length < MIN_HEAD + MIN_TAIL) return void 0;
  let best;
  let bestBalance = 0;
  for (let i = MIN_HEAD; i <= word.length - MIN_TAIL; i++) {
    const tail = word.slice(i);
    if (!usable(tail, known)) continue;
    const left = word.slice(0, i);
    for (const link of LINKERS) {
      if (link && !left.endsWith(link)) continue;
      const head = left.slice(0, left.length - link.length);
      if (head.length < MIN_HEAD || !usable(head, known)) continue;
      const balance = Math.min(head.length, tail.length);
      if (balance > bestBalance) {
        best = [head, tail];
        bestBalance = balance;
      }
      break;
    }
  }
  return best;
}
function usable(w, known) {
  return known(w) && !isStopWord(w) && !/\d/.test(w);
}
function compoundParts(word, known, depth = 2) {
  const split = splitCompound(word, known);
  if (!split || depth === 0) return [];
  return split.flatMap((p) => [p, ...compoundParts(p, known, depth - 1)]);
}

// src/search/synonyms.ts
var synonymGroups = [
  // Abbreviations and their expansions
  ["ocmw", "ocmw's", "openbaar centrum voor maatschappelijk welzijn", "sociaal huis"],
  ["nt2", "nederlands als tweede taal"],
  ["loi", "loi's", "lokaal opvanginitiatief", "lokale opvanginitiatieven", "asielcentrum", "opvangcentrum"],
  ["caw", "centrum algemeen welzijnswerk", "centrum voor algemeen welzijnswerk"],
  ["clb", "centrum voor leerlingenbegeleiding"],
  ["vdab", "vlaamse dienst voor arbeidsbemiddeling"],
  ["esf", "europees sociaal fonds"],
  ["eif", "europees integratiefonds"],
  ["evf", "europees vluchtelingenfonds"],
  ["vvsg", "vereniging van vlaamse steden en gemeenten"],
  ["vvj", "vereniging vlaamse jeugddiensten"],
  ["liim", "lokale inburgerings en integratiemonitor", "integratiemonitor"],
  ["eu", "europese unie", "europese", "europees"],
  // Old and new names
  ["cgkr", "centrum voor gelijkheid van kansen en voor racismebestrijding", "unia", "interfederaal gelijkekansencentrum"],
  ["kind en gezin", "opgroeien"],
  ["onthaalbureau", "onthaalbureaus", "agentschap inburgering"],
  // Jargon and everyday Dutch
  ["allochtoon", "allochtonen", "allochtone", "migratieachtergrond", "vreemde herkomst", "vreemde origine", "migrantenachtergrond"],
  ["werkloos", "werkloze", "werklozen", "werkzoekende", "werkzoekenden"],
  ["les", "lessen", "cursus", "cursussen", "opleiding", "opleidingen"],
  ["gemeente", "stad", "lokaal bestuur", "lokale besturen", "gemeentebestuur", "stadsbestuur"],
  ["zonder wettig verblijf", "zonder papieren", "sans papiers", "mensen zonder papieren", "illegalen"],
  ["bibliotheek", "bibliotheken", "bib"],
  ["gemeenteraadsverkiezingen", "lokale verkiezingen", "gemeenteverkiezingen"],
  ["stemrecht", "kiesrecht"],
  ["buitenlanders", "buitenlander", "niet belgen", "niet belg", "vreemdelingen"],
  ["klare taal", "duidelijke taal", "eenvoudige taal", "begrijpelijke taal", "heldere taal", "leesbare taal"],
  ["vluchteling", "vluchtelingen", "asielzoeker", "asielzoekers"],
  ["dienst vreemdelingenzaken", "vreemdelingendienst", "vreemdelingenzaken"],
  ["tolk", "tolken", "tolkendienst", "tolkdienst"],
  ["kinderopvang", "creche", "kinderdagverblijf", "onthaalouder"],
  ["spijbelen", "spijbelaars", "brossen"],
  ["hangjongeren", "rondhangende jongeren", "rondhangen"],
  ["opkuisen", "schoonmaken", "poetsen"],
  ["moestuin", "moestuinen", "volkstuin", "volkstuintjes", "samentuin"],
  ["armoede", "kansarmoede", "kansarmen", "kansarme"],
  ["senioren", "ouderen", "bejaarden", "ouderenzorg"],
  ["woonwagenbewoners", "reizigers", "voyageurs"],
  ["huiswerkbegeleiding", "huiswerkhulp", "huiswerkklas", "bijles"],
  ["cijfers", "statistieken"],
  ["tandzorg", "tandarts", "tanden"],
  ["sportclub", "sportclubs", "sportvereniging", "sportverenigingen"],
  ["migrantenvereniging", "migrantenverenigingen", "migrantenorganisaties", "zelforganisatie", "zelforganisaties"],
  ["sociale woning", "sociale woningen", "sociale huisvesting", "sociale huurwoning"],
  ["huisjesmelker", "huisjesmelkers", "krotverhuurder"],
  ["schepencollege", "college van burgemeester en schepenen"],
  ["mandataris", "mandatarissen", "gemeenteraadslid", "gemeenteraadsleden", "politici"],
  ["pro deo", "gratis advocaat"]
];

// src/search/text.ts
function fold(s) {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}
function words(s) {
  return fold(s).replace(/(\p{L})['’](\p{L})/gu, "$1$2").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// src/search/index-text.ts
var VOID = /* @__PURE__ */ new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
function indexedText(html) {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/i);
  if (start < 0) return void 0;
  const tag = /<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>/g;
  tag.lastIndex = start;
  let depth = 0;
  let ignoreDepth = -1;
  let pos = start;
  let out = "";
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (ignoreDepth < 0 && depth > 0) out += html.slice(pos, m.index) + " ";
    pos = m.index + m[0].length;
    const [, closing, name, attrs, selfClosing] = m;
    const lower = name.toLowerCase();
    if (VOID.has(lower) || selfClosing) continue;
    if (closing) {
      depth--;
      if (depth === ignoreDepth) ignoreDepth = -1;
      if (depth === 0) break;
    } else {
      if (ignoreDepth < 0 && (/\sdata-pagefind-ignore\b/.test(attrs) || lower === "script" || lower === "style")) ignoreDepth = depth;
      depth++;
    }
  }
  return decode(out).replace(/\s+/g, " ").trim();
}
function decode(s) {
  return s.replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#(x?)([0-9a-f]+);/gi, (_, x, n) => String.fromCodePoint(parseInt(n, x ? 16 : 10)));
}
function vocabulary(pages2) {
  const df2 = /* @__PURE__ */ new Map();
  for (const tokens of pages2) for (const w of new Set(tokens)) df2.set(w, (df2.get(w) ?? 0) + 1);
  return df2;
}
var contentWords = (term) => words(term).filter((w) => !isStopWord(w));
function makeExpander(known) {
  const isKnown = (w) => known.has(w);
  const joined = /* @__PURE__ */ new Map();
  for (const w of known) {
    const split = splitCompound(w, isKnown);
    if (!split) continue;
    for (const key of [`${split[0]} ${split[1]}`, `${split[1]} ${split[0]}`]) joined.set(key, [...joined.get(key) ?? [], w]);
  }
  const groups = synonymGroups.map((g) => g.map(contentWords));
  const WINDOW = 3;
  return {
    expand(tokens) {
      const seq = tokens.filter((w) => !isStopWord(w));
      const have = new Set(seq);
      const extra = /* @__PURE__ */ new Set();
      for (const w of have) for (const p of compoundParts(w, isKnown)) extra.add(p);
      for (let i = 0; i < seq.length; i++) {
        for (let j = i + 1; j <= i + WINDOW && j < seq.length; j++) {
          for (const c of joined.get(`${seq[i]} ${seq[j]}`) ?? []) extra.add(c);
        }
      }
      const text = ` ${seq.join(" ")} `;
      for (const group of groups) {
        if (!group.some((t) => t.length && text.includes(` ${t.join(" ")} `))) continue;
        for (const t of group) for (const w of t) extra.add(w);
      }
      for (const w of have) extra.delete(w);
      return [...extra];
    }
  };
}

// src/integrations/pagefind.ts
function htmlFilesUnder(dir, rel = "") {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(rel, e.name);
    if (e.isDirectory()) return p === "pagefind" ? [] : htmlFilesUnder(dir, p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}
function searchablePages(siteDir) {
  const pages2 = [];
  for (const file of htmlFilesUnder(siteDir)) {
    const html = fs.readFileSync(path.join(siteDir, file), "utf8");
    const text = indexedText(html);
    if (text !== void 0) pages2.push({ file, html, tokens: words(text) });
  }
  return pages2;
}

// ../../tmp/dbg.ts
var pages = searchablePages("/work/search-engine/dist");
var df = vocabulary(pages.map((p) => p.tokens));
var ex = makeExpander(new Set(df.keys()));
for (const f of process.argv.slice(2)) {
  const p = pages.find((x) => x.file.includes(f));
  console.log(f, p.tokens.length, "\u2192", ex.expand(p.tokens).join(" "));
}
