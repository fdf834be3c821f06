import { z } from 'astro/zod';
import { domains } from '../vocab/domains';
import { targetGroups } from '../vocab/target-groups';
import { citations, summary, terms } from './fields';

/** Fields every record type shares. Record schemas extend this and are strict: unknown fields are errors. */
export const baseRecord = z.object({
  /** Title or name as shown on cards and pages. */
  title: z.string().trim().min(1, 'title is empty').max(160, 'title is longer than 160 characters'),
  /** One- or two-sentence summary in plain Dutch, for cards and search results. */
  summary,
  /** Policy domains (src/vocab/domains.ts); at least one. */
  domains: terms(domains, 'domain'),
  /** Target groups (src/vocab/target-groups.ts); default none. */
  targetGroups: terms(targetGroups, 'target group', { min: 0 }).default([]),
  /** Source document, section and page, and the year the information refers to. */
  sources: citations,
  /**
   * Extra words that people search with but the text does not contain: synonyms,
   * abbreviations and their expansions, singular/plural and compound variants.
   * Indexed by search, never shown. Default none.
   */
  keywords: z.array(z.string().trim().min(1)).default([]),
});
