import { z } from 'astro/zod';
import { recommendationTypes } from '../vocab/recommendation-types';
import { ref, refs, term } from './fields';
import { baseRecord } from './base';

/** A recommendation, key factor or hard question, with the practices that carry it out. */
export const recommendationSchema = baseRecord
  .extend({
    /** Organisation record of the issuer; when absent the source's publisher is shown. */
    issuer: ref('organisations').optional(),
    /** Number or section as the source gives it: "2.1.3", "Prioriteit 4", "Sleutelfactor 2". */
    number: z.string().trim().min(1, 'number is empty'),
    /** Kind of advice (src/vocab/recommendation-types.ts). */
    type: term(recommendationTypes, 'recommendation type'),
    /** Position for sorting within its source; defaults to the order of `number`. */
    order: z.number().optional(),
    /** Enclosing section, e.g. 2.1.1 for 2.1.1.1. */
    parent: ref('recommendations').optional(),
    /** Sections the source refers to ("meer info zie punt 2.1.3"). Default none. */
    seeAlso: refs('recommendations'),
    /** Practices that put this advice into practice, chosen by reading both. Default none. */
    practices: refs('practices'),
    /** Guiding questions for self-assessment (IncluCities key factors). Default none. */
    questions: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();
