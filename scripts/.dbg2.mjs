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
function splitCompound(word, known2) {
  if (word.length < MIN_HEAD + MIN_TAIL) return void 0;
  let best;
  let bestBalance = 0;
  for (let i = MIN_HEAD; i <= word.length - MIN_TAIL; i++) {
    const tail = word.slice(i);
    if (!usable(tail, known2)) continue;
    const left = word.slice(0, i);
    for (const link of LINKERS) {
      if (link && !left.endsWith(link)) continue;
      const head = left.slice(0, left.length - link.length);
      if (head.length < MIN_HEAD || !usable(head, known2)) continue;
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
function usable(w, known2) {
  return known2(w) && !isStopWord(w) && !/\d/.test(w);
}

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

// ../../tmp/dbg2.ts
var pages = searchablePages("/work/search-engine/dist");
var df = vocabulary(pages.map((p) => p.tokens));
var known = (w) => df.has(w);
var byTail = /* @__PURE__ */ new Map();
for (const p of pages) {
  const have = new Set(p.tokens);
  for (const w of have) {
    const s = splitCompound(w, known);
    if (s && !have.has(s[1]) && s[1].length >= 6) {
      const k = `${s[1]} \u2190 ${w}`;
      (byTail.get(k) ?? byTail.set(k, /* @__PURE__ */ new Set()).get(k)).add(p.file);
    }
  }
}
var rows = [...byTail].filter(([k, f]) => (df.get(k.split(" ")[0]) ?? 0) <= 8).slice(0, 400);
for (const [k, f] of rows) console.log(k, df.get(k.split(" ")[0]), [...f].slice(0, 3).join(" "));
