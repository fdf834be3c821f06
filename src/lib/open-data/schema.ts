import { z, type ZodTypeAny } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { RecordCollection } from '../content-root';
import { ID_PATTERN } from '../registry';
import { practiceSchema } from '../../schemas/practice';
import { recommendationSchema } from '../../schemas/recommendation';
import { organisationSchema } from '../../schemas/organisation';
import { subsidySchema } from '../../schemas/subsidy';
import { provinces } from '../../vocab/provinces';
import { sizeClasses } from '../../vocab/size-classes';

/**
 * The shape of one exported record, per type: the record's own zod schema (every
 * frontmatter field, as validated for the build) extended with the fields the export
 * adds. The published JSON Schema is generated from this, so the data files, their
 * schema and the record validator can never describe different records.
 */

/** A place as the source writes it, tied to today's municipality. */
const resolvedPlace = z
  .object({
    place: z.string().describe('The place as the source writes it (same as in `places`).'),
    nis: z.string().regex(/^\d{5}$/).describe('NIS code of the municipality as of 1 January 2025.'),
    municipality: z.string().describe('Dutch name of that municipality.'),
    province: z.enum(provinces.slugs).describe('Province slug, or "brussel".'),
    sizeClass: z.enum(sizeClasses.slugs).describe('Size class slug, from the population on 1 January 2022 (Statbel).'),
  })
  .strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ids = z.array(z.string().regex(ID_PATTERN));

/** Records of other types (or the same type) that point to this one; the other half of the two-way links. */
const linkedFrom = {
  practices: z
    .object({
      recommendations: ids.describe('Recommendations that list this practice in `practices`.'),
      practices: ids.describe('Practices that list this one in `related`.'),
    })
    .strict(),
  recommendations: z
    .object({
      recommendations: ids.describe('Recommendations whose `parent` is this one, or that list it in `seeAlso`.'),
    })
    .strict(),
  organisations: z
    .object({
      practices: ids.describe('Practices that name this organisation in `organisations` or as `publisher`.'),
      recommendations: ids.describe('Recommendations with this organisation as `issuer`.'),
      subsidies: ids.describe('Subsidy lines with this organisation as `providerOrganisation`.'),
      organisations: ids.describe('Organisations whose `parent` is this one.'),
    })
    .strict(),
  subsidies: z
    .object({
      practices: ids.describe('Practices that list this subsidy line in `subsidies`.'),
      subsidies: ids.describe('Subsidy lines that list this one in `related`.'),
    })
    .strict(),
} satisfies Record<RecordCollection, ZodTypeAny>;

/** The record type's zod object, without the cross-field refinements JSON Schema cannot express. */
const recordObjects = {
  practices: practiceSchema.innerType(),
  recommendations: recommendationSchema,
  organisations: organisationSchema,
  subsidies: subsidySchema.innerType(),
};

/** Singular type names, used as `recordType` in the data. */
export const typeNames = {
  practices: 'practice',
  recommendations: 'recommendation',
  organisations: 'organisation',
  subsidies: 'subsidy',
} as const satisfies Record<RecordCollection, string>;

function exportSchemaOf<C extends RecordCollection>(collection: C) {
  return z
    .object({
      id: z.string().regex(ID_PATTERN).describe('Stable id: the file name of the record, also the last part of its URL.'),
      recordType: z.literal(typeNames[collection]).describe('Kind of record.'),
      url: z.string().regex(/^https?:\/\/[^\s]+\/$/).describe('Canonical URL of the record page.'),
    })
    .merge(recordObjects[collection])
    .extend({
      text: z.string().describe('The body of the record in Markdown, in the record’s own words.'),
      resolvedPlaces: z.array(resolvedPlace).describe('Each of `places`, tied to today’s municipality (derived).'),
      provinces: z.array(z.enum(provinces.slugs)).describe('Provinces the record belongs to, from its places, scope or province (derived).'),
      sizeClasses: z.array(z.enum(sizeClasses.slugs)).describe('Size classes of its municipalities (derived).'),
      year: z.number().int().describe('Latest year any of its sources refers to (derived).'),
      dateAdded: isoDay.describe('Day the record entered Kapstok (src/data/record-dates.json).'),
      dateModified: isoDay.describe('Day of the record’s last change.'),
      linkedFrom: linkedFrom[collection].describe('Ids of records that point to this one (derived).'),
    })
    .strict();
}

export const exportSchemas = {
  practices: exportSchemaOf('practices'),
  recommendations: exportSchemaOf('recommendations'),
  organisations: exportSchemaOf('organisations'),
  subsidies: exportSchemaOf('subsidies'),
};

export type ExportRecord<C extends RecordCollection = RecordCollection> = z.input<(typeof exportSchemas)[C]>;

/**
 * JSON Schema (draft-07) of one exported record. Refinements that JSON Schema cannot
 * express (a referenced record must exist, a phone number's digits, places or scope)
 * are checked by the build before anything is exported.
 */
export function jsonSchemaOf(collection: RecordCollection, id: string): Record<string, unknown> {
  const schema = zodToJsonSchema(exportSchemas[collection], {
    // Frontmatter as written (a place is a string); the resolved form is in the derived fields.
    effectStrategy: 'input',
    $refStrategy: 'none',
    target: 'jsonSchema7',
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: id,
    title: `Kapstok ${typeNames[collection]}`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
