// ../../tmp/kw.ts
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

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

// ../../tmp/kw.ts
var root = "/work/search-engine";
var dirs = { practices: "praktijken", recommendations: "aanbevelingen", organisations: "organisaties", subsidies: "subsidies" };
var cw = (t) => words(t).filter((w) => !isStopWord(w));
var groups = synonymGroups.map((g) => g.map(cw));
var apply = process.argv.includes("--apply");
var removed = 0;
for (const [dir, url] of Object.entries(dirs)) {
  for (const f of fs.readdirSync(path.join(root, dir))) {
    const file = path.join(root, dir, f);
    const src = fs.readFileSync(file, "utf8");
    const line = src.split("\n").find((l) => l.startsWith("keywords: ["));
    if (!line) continue;
    const kws = yaml.load(line).keywords;
    const html = fs.readFileSync(path.join(root, "dist", url, f.replace(".mdx", ""), "index.html"), "utf8");
    const own = indexedText(html.replace(/<p class="sr-only" aria-hidden="true" data-pagefind-weight="2">[\s\S]*?<\/p>/, ""));
    const text = ` ${cw(own).join(" ")} `;
    const covered = (k) => {
      const kw = cw(k).join(" ");
      return groups.some((g) => g.some((t) => t.join(" ") === kw) && g.some((t) => t.length && t.join(" ") !== kw && text.includes(` ${t.join(" ")} `)));
    };
    const drop = kws.filter(covered);
    if (!drop.length) continue;
    removed += drop.length;
    console.log(`${dir}/${f}: ${drop.join(", ")}`);
    if (apply) {
      const keep = kws.filter((k) => !drop.includes(k));
      const fmt = (k) => /^[\p{L}\p{N} '’-]+$/u.test(k) && !/^(ja|nee|yes|no|true|false|on|off)$/i.test(k) ? k : JSON.stringify(k);
      fs.writeFileSync(file, src.replace(line, `keywords: [${keep.map(fmt).join(", ")}]`));
    }
  }
}
console.log(removed, "keywords covered");
