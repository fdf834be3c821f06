/**
 * Kapstok's content, at a glance: four record collections at the repository root,
 * one MDX file per record, and the five source documents they cite.
 * Schemas live in src/schemas/, one file per record type, all extending base.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { contentRoot, type RecordCollection } from './lib/content-root';
import { idOfFile, registry } from './lib/registry';
import { practiceSchema } from './schemas/practice';
import { recommendationSchema } from './schemas/recommendation';
import { organisationSchema } from './schemas/organisation';
import { subsidySchema } from './schemas/subsidy';
import { sourceSchema } from './schemas/source';

// Scan all record folders first: a duplicate slug or badly named file stops the build
// here, before any page is built.
registry();

function records(collection: RecordCollection) {
  return glob({
    pattern: '**/*.{md,mdx}',
    base: path.join(contentRoot, collection),
    generateId: ({ entry }) => idOfFile(entry),
  });
}

export const collections = {
  /** What a place did, and guides and tools to learn from. */
  practices: defineCollection({ loader: records('practices'), schema: practiceSchema }),
  /** Priorities, domain advice, recommendations, key factors and hard questions. */
  recommendations: defineCollection({ loader: records('recommendations'), schema: recommendationSchema }),
  /** Contact and support organisations, one record per regional branch. */
  organisations: defineCollection({ loader: records('organisations'), schema: organisationSchema }),
  /** Subsidy lines and funds. */
  subsidies: defineCollection({ loader: records('subsidies'), schema: subsidySchema }),
  /** The five source documents every record cites. */
  sources: defineCollection({ loader: file('src/data/sources.json'), schema: sourceSchema }),
};
