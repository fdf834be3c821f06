import { z } from 'astro/zod';
import sources from '../data/sources.json';
import { registry } from '../lib/registry';
import type { RecordCollection } from '../lib/content-root';
import type { Vocabulary } from '../vocab/define';
import { PlaceError, resolvePlace } from '../places/resolve';
import { problemOfAddress } from '../check/links';

/** Longest summary that still fits a card and a search result (about two sentences). */
export const SUMMARY_MAX = 240;

/** One- or two-sentence summary for cards and search results. */
export const summary = z
  .string({ required_error: 'a summary is required' })
  .trim()
  .min(1, 'summary is empty')
  .max(SUMMARY_MAX, `summary is longer than ${SUMMARY_MAX} characters; keep it to one or two short sentences for the card`);

/**
 * A term of a controlled vocabulary, with an error that lists the allowed terms.
 * An enum rather than a refined string, so that the JSON Schema generated for the
 * open data (src/lib/open-data/) lists the allowed terms too.
 */
export function term(vocabulary: Vocabulary, what: string) {
  return z.enum(vocabulary.slugs, {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_enum_value'
        ? { message: `unknown ${what} "${issue.received}"; allowed: ${vocabulary.slugs.join(', ')}` }
        : { message: ctx.defaultError },
  });
}

/** A non-empty list of terms without repeats. */
export function terms(vocabulary: Vocabulary, what: string, { min = 1 } = {}) {
  return z
    .array(term(vocabulary, what))
    .min(min, `at least ${min} ${what} is required`)
    .refine((list) => new Set(list).size === list.length, `the same ${what} is listed twice`);
}

/**
 * A Belgian phone number as printed in the sources: "015-28 18 30", "02/201 05 40",
 * "0800 12 800", "+32 2 205 00 50". Digits are checked, the printed form is kept.
 */
export const phone = z.string().trim().refine((v) => {
  if (!/^[+0-9][0-9 ./-]*[0-9]$/.test(v)) return false;
  const digits = v.replace(/\D/g, '');
  if (v.startsWith('+')) return /^32\d{8,9}$/.test(digits);
  return /^0\d{8,9}$/.test(digits);
}, (v) => ({ message: `malformed phone number "${v}"; expected a Belgian number such as "015-28 18 30" or "+32 2 205 00 50"` }));

/** An e-mail address as the source gives it. */
export const email = z
  .string()
  .trim()
  .refine((v) => /^[^\s@<>(),;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v), (v) => ({
    message: `malformed e-mail address "${v}"`,
  }));

/**
 * A web address as the source prints it, with or without scheme ("www.odice.be",
 * "http://www.vvsg.be/x"). Pages link an address without scheme over https://
 * (`hrefOfUrl`); a slip (trailing full stop, "https:/") is an error with the fix.
 */
export const url = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = problemOfAddress(v);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

/** A link as the source gives it, with an optional Dutch label. */
export const link = z
  .object({
    /** The address as printed in the source. */
    url,
    /** What the link leads to; defaults to the address itself. */
    label: z.string().trim().min(1).optional(),
    /** Menu path on that site as the source prints it ("sociaal beleid > etnisch-culturele diversiteit"). */
    via: z.string().trim().min(1).optional(),
  })
  .strict();

/** A link written either as a bare address or as a link object. */
export const linkOrUrl = z.preprocess((v) => (typeof v === 'string' ? { url: v } : v), link);

const sourceIds = sources.map((s) => s.id) as [string, ...string[]];
const sourceYear = new Map(sources.map((s) => [s.id, s.year]));

/** Where a record's information comes from. */
export const citation = z
  .object({
    /** Id of the source document (see src/data/sources.json). */
    source: z.enum(sourceIds, {
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_enum_value'
          ? { message: `unknown source "${issue.received}"; allowed: ${sourceIds.join(', ')}` }
          : { message: ctx.defaultError },
    }),
    /** Chapter, heading or numbered section in the source, as a reader can find it. */
    section: z.string().trim().min(1, 'section is empty'),
    /** Page number printed in the source, when it has one. */
    page: z.union([z.number().int().positive(), z.string().regex(/^\d+(-\d+)?$/)]).optional(),
    /** Year the information refers to; defaults to the year of the source document. */
    year: z.number().int().min(1990).max(2030).optional(),
  })
  .strict()
  .transform((c) => ({ ...c, year: c.year ?? sourceYear.get(c.source)! }));

/** One or more citations; the first is the main source. */
export const citations = z.array(citation).min(1, 'every record needs at least one source');

/** A reference to another record by its file name (slug); the record must exist. */
export function ref(collection: RecordCollection) {
  return z.string().refine((id) => registry()[collection].has(id), (id) => ({
    message: `no ${collection} record "${id}" (expected a file ${collection}/${id}.mdx)`,
  }));
}

/** A list of references without repeats. */
export function refs(collection: RecordCollection) {
  return z
    .array(ref(collection))
    .refine((list) => new Set(list).size === list.length, `a ${collection} record is listed twice`)
    .default([]);
}

/** A place as the source writes it, resolved to today's municipality at build time. */
export const place = z.string().trim().transform((name, ctx) => {
  try {
    return resolvePlace(name);
  } catch (e) {
    if (!(e instanceof PlaceError)) throw e;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: e.message });
    return z.NEVER;
  }
});
