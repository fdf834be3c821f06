import type { ZodIssue } from 'astro/zod';
import { practiceSchema } from '../schemas/practice';
import { SUMMARY_MAX } from '../schemas/fields';
import { slugify } from './slug';

/**
 * A practice proposed through the /bijdragen/ form, checked in the browser with the
 * same zod schema and place resolution as the build, and written out as an MDX file
 * that `npm run check` accepts unchanged. Shared by the page script and the tests.
 */
export interface ContributionInput {
  title: string;
  summary: string;
  /** One place per line, as the source writes it. */
  places: string;
  scope: string;
  domains: string[];
  targetGroups: string[];
  /** One partner per line. */
  partners: string;
  /** One link per line: the address, then optionally a description. */
  links: string;
  source: string;
  section: string;
  page: string;
  year: string;
  /** The body: what was done, in the contributor's own words. */
  text: string;
}

/** Form fields, in the order of the form; errors are shown beside these. */
export const contributionFields = ['title', 'summary', 'places', 'scope', 'domains', 'targetGroups', 'partners', 'links', 'source', 'section', 'page', 'year', 'text'] as const;
export type ContributionField = (typeof contributionFields)[number];

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The frontmatter the form describes, with only the fields that were filled in. */
export function frontmatterOf(input: ContributionInput): Record<string, unknown> {
  const citation: Record<string, unknown> = { source: input.source, section: input.section.trim() };
  if (input.page.trim()) citation.page = /^\d+$/.test(input.page.trim()) ? Number(input.page.trim()) : input.page.trim();
  if (input.year.trim()) citation.year = /^\d+$/.test(input.year.trim()) ? Number(input.year.trim()) : input.year.trim();
  const fm: Record<string, unknown> = { title: input.title.trim(), summary: input.summary.trim(), kind: 'praktijk' };
  const places = lines(input.places);
  if (places.length) fm.places = places;
  if (input.scope) fm.scope = input.scope;
  fm.domains = input.domains;
  if (input.targetGroups.length) fm.targetGroups = input.targetGroups;
  const partners = lines(input.partners);
  if (partners.length) fm.partners = partners;
  const links = lines(input.links).map((l) => {
    const [url, ...label] = l.split(/\s+/);
    return label.length ? { url, label: label.join(' ') } : { url };
  });
  if (links.length) fm.links = links;
  fm.sources = [citation];
  return fm;
}

/** A quoted YAML scalar: JSON strings are valid YAML and keep every character as typed. */
const q = (v: unknown) => JSON.stringify(v);

function yamlOf(fm: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(fm)) {
    if (!Array.isArray(value)) out.push(`${key}: ${q(value)}`);
    else if (value.every((v) => typeof v !== 'object')) out.push(`${key}: [${value.map(q).join(', ')}]`);
    else {
      out.push(`${key}:`);
      for (const item of value as Record<string, unknown>[]) {
        Object.entries(item).forEach(([k, v], i) => out.push(`${i === 0 ? '  - ' : '    '}${k}: ${q(v)}`));
      }
    }
  }
  return out.join('\n');
}

export function mdxOf(fm: Record<string, unknown>, text: string): string {
  return `---\n${yamlOf(fm)}\n---\n${text.trim().replace(/\r\n/g, '\n')}\n`;
}

/** The field of the form an issue belongs to. */
function fieldOf(issue: ZodIssue): ContributionField {
  const [first, , sub] = issue.path;
  if (first === 'sources') return (['section', 'page', 'year'].includes(String(sub)) ? sub : 'source') as ContributionField;
  if (first === 'kind' || first === 'keywords') return 'title';
  return (contributionFields as readonly string[]).includes(String(first)) ? (first as ContributionField) : 'title';
}

const quoted = (message: string) => [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

/** The build's message, in plain Dutch for the person filling in the form. */
export function dutchMessage(issue: ZodIssue, input: ContributionInput): string {
  const field = fieldOf(issue);
  const m = issue.message;
  switch (field) {
    case 'title':
      return issue.code === 'too_big' ? 'De titel is te lang: houd het onder 160 tekens.' : 'Vul de naam van de praktijk in.';
    case 'summary':
      return issue.code === 'too_big'
        ? `De samenvatting is te lang: ${input.summary.trim().length} tekens, het mogen er ${SUMMARY_MAX} zijn. Houd het bij één of twee korte zinnen.`
        : 'Vul een korte samenvatting in (één of twee zinnen).';
    case 'places': {
      if (m.startsWith('ambiguous place')) return `Er zijn meerdere plaatsen met de naam „${quoted(m)[0]}”. Schrijf er één van: ${quoted(m).slice(1).map((c) => `„${c}”`).join(', ')}.`;
      if (m.startsWith('unknown municipality')) return `De gemeente „${quoted(m)[0]}” kennen we niet. Schrijf de gemeente zoals ze vandaag heet of vóór de fusie heette.`;
      if (m.includes('is not a known part of')) return `„${quoted(m)[0]}” is geen deelgemeente of wijk van de gemeente tussen haakjes die we kennen. Controleer de schrijfwijze.`;
      if (m.startsWith('unknown place')) return `De plaats „${quoted(m)[0]}” kennen we niet. Schrijf een gemeente of deelgemeente, bijvoorbeeld „Genk” of „Ruisbroek (Sint-Pieters-Leeuw)”.`;
      return 'Geef minstens één plaats. Noemt de bron geen gemeente, kies dan een gebied.';
    }
    case 'domains':
      return 'Kies minstens één thema.';
    case 'links':
      return `Dit webadres klopt niet: „${quoted(m)[0] ?? ''}”. Schrijf het adres zoals www.voorbeeld.be of https://www.voorbeeld.be/pagina, met de omschrijving erachter.`;
    case 'source':
      return 'Kies de bron.';
    case 'section':
      return 'Vul het hoofdstuk of onderdeel van de bron in, zodat een lezer het kan terugvinden.';
    case 'page':
      return 'Een paginanummer bestaat uit cijfers, bijvoorbeeld 12 of 12-13.';
    case 'year':
      return 'Het jaartal ligt tussen 1990 en 2030.';
    default:
      return 'Dit veld klopt nog niet.';
  }
}

export type ContributionResult =
  | { ok: true; fileName: string; mdx: string }
  | { ok: false; errors: Partial<Record<ContributionField, string[]>> };

/** Check the form with the build's own practice schema; on success, the MDX file and its name. */
export function checkContribution(input: ContributionInput): ContributionResult {
  const fm = frontmatterOf(input);
  const errors: Partial<Record<ContributionField, string[]>> = {};
  const add = (field: ContributionField, message: string) => {
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  const result = practiceSchema.safeParse(fm);
  if (!result.success) for (const issue of result.error.issues) add(fieldOf(issue), dutchMessage(issue, input));
  if (!input.text.trim()) add('text', 'Beschrijf de praktijk in eigen woorden: wat gebeurde er, door wie en voor wie.');
  const slug = slugify(input.title);
  if (input.title.trim() && !slug) add('title', 'De titel moet letters of cijfers bevatten.');
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, fileName: `${slug}.mdx`, mdx: mdxOf(fm, input.text) };
}
