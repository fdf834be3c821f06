import { z } from 'astro/zod';

/** One of the five source documents (src/data/sources.json). */
export const sourceSchema = z
  .object({
    /** Identifier cited by records. */
    id: z.string(),
    /** File name of the text extraction in shared/seeds. */
    file: z.string(),
    /** Full title. */
    title: z.string(),
    /** Short title for citations. */
    shortTitle: z.string(),
    /** Publisher as the document names it. */
    publisher: z.string(),
    /** Year of publication, the default year of every citation of it. */
    year: z.number().int(),
    /** Kind of document. */
    kind: z.enum(['aanbevelingen', 'praktijkboek', 'enquete', 'toolkit']),
    /** What the document is, in one or two Dutch sentences. */
    description: z.string(),
  })
  .strict();
