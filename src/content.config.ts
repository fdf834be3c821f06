/**
 * Kapstok's content, at a glance: four record collections at the repository root,
 * one MDX file per record, and the five source documents they cite.
 * Schemas live in src/schemas/, one file per record type, all extending base.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
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

/**
 * Record bodies are Markdown in .mdx files (the record rules, src/check/mdx-rules.ts,
 * allow no imports, expressions or components). They are loaded as Markdown, and the
 * data store keeps each record's data and Markdown source, not its HTML: pages render
 * the body when they render (src/lib/record-body.ts), so the store, which the build
 * turns into one JavaScript module, stays small (README, "Scale").
 */
function records(collection: RecordCollection): Loader {
  const loader = glob({
    pattern: '**/*.{md,mdx}',
    base: path.join(contentRoot, collection),
    generateId: ({ entry }) => idOfFile(entry),
  });
  return {
    name: 'kapstok-records',
    load: (context) => {
      const markdown = context.entryTypes.get('.md');
      if (!markdown) throw new Error('Astro has no Markdown entry type');
      // Without a render function, the loader stores data and body only.
      const { getRenderFunction: _rendersLater, ...unrendered } = markdown;
      return loader.load({ ...context, entryTypes: new Map([...context.entryTypes, ['.md', unrendered], ['.mdx', unrendered]]) });
    },
  };
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
