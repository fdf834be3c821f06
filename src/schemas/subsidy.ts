import { z } from 'astro/zod';
import { subsidyLevels } from '../vocab/subsidy-levels';
import { provinces } from '../vocab/provinces';
import { baseRecord } from './base';
import { link, ref, term } from './fields';

/** A subsidy line or fund as the source describes it; never presented as currently open. */
export const subsidySchema = baseRecord
  .extend({
    /** Government level or kind of fund (src/vocab/subsidy-levels.ts). */
    level: term(subsidyLevels, 'subsidy level'),
    /** Province that offers it, for provincial lines. */
    province: term(provinces, 'province').optional(),
    /** Who provides it, as the source names it. */
    provider: z.string().trim().min(1, 'provider is empty'),
    /** Organisation record of the provider, when there is one. */
    providerOrganisation: ref('organisations').optional(),
    /** What it funds, in one plain sentence. */
    focus: z.string().trim().min(1, 'focus is empty'),
    /** Conditions exactly as stated ("minstens 10% of 1000 inwoners van vreemde herkomst"). Default none. */
    conditions: z.array(z.string().trim().min(1)).default([]),
    /** Deadlines and periods as stated. Default none. */
    deadlines: z.array(z.string().trim().min(1)).default([]),
    /** Amounts or budgets as stated. Default none. */
    amounts: z.array(z.string().trim().min(1)).default([]),
    /** Where the source sends readers for more information. Default none. */
    links: z.array(link).default([]),
    /** Other records of the same line in another source (when two sources disagree, both stay). Default none. */
    related: z.array(ref('subsidies')).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.level === 'provinciaal' && !s.province) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['province'], message: 'a provincial subsidy line needs its province' });
    }
  });
