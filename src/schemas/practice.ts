import { z } from 'astro/zod';
import { practiceKinds } from '../vocab/practice-kinds';
import { scopes } from '../vocab/provinces';
import { baseRecord } from './base';
import { link, place, ref, refs, term } from './fields';

/** An inspiring practice, or a guide/publication/tool to learn from. */
export const practiceSchema = baseRecord
  .extend({
    /** Practice or kind of tool (src/vocab/practice-kinds.ts); default "praktijk". */
    kind: term(practiceKinds, 'practice kind').default('praktijk'),
    /** Places exactly as the source writes them; resolved to 2025 municipalities. Default none. */
    places: z.array(place).default([]),
    /** Area covered when the source names no municipality (a province, Flanders, …). */
    scope: term(scopes, 'scope').optional(),
    /** Partner organisations that have a record in organisations/. Default none. */
    organisations: refs('organisations'),
    /** Partners named in the source that have no record, as plain names. Default none. */
    partners: z.array(z.string().trim().min(1)).default([]),
    /** For guides and tools: the organisation record that publishes it. */
    publisher: ref('organisations').optional(),
    /** Subsidy lines (subsidies/) that funded it. Default none. */
    subsidies: refs('subsidies'),
    /** Funding the source names that has no subsidy record, in plain words. Default none. */
    funding: z.array(z.string().trim().min(1)).default([]),
    /** Links as the source gives them. Default none. */
    links: z.array(link).default([]),
    /** Practices the source itself ties to this one (related practices are also derived). Default none. */
    related: refs('practices'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.places.length === 0 && !p.scope) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['places'],
        message: 'give the places the source names, or a scope when it names none',
      });
    }
  });
