/**
 * Kapstok's content, at a glance: four record collections at the repository root,
 * one MDX file per record, and the five source documents they cite.
 * Schemas live in src/schemas/, one file per record type, all extending base.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { contentRoot, type RecordCollection } from './lib/content-root';
import { idOfFile, registry } from './lib/registry';
import { typographic } from './lib/typography';
import { typographicMarkdown } from './lib/typography-markdown';
import typographyRules from './lib/typography.ts?raw';
import typographyMarkdownRules from './lib/typography-markdown.ts?raw';
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
      // Without a render function, the loader stores data and body only. Dutch apostrophes
      // and quotes (src/lib/typography.ts) are applied here, as the records load, so that
      // pages, data files, feeds and the search index share one text.
      const { getRenderFunction: _rendersLater, ...unrendered } = markdown;
      const typeset: typeof markdown = {
        ...unrendered,
        getEntryInfo: async (params) => {
          const info = await markdown.getEntryInfo(params);
          return { ...info, body: typographicMarkdown(info.body) };
        },
      };
      // The cache holds records as they were typeset: new rules must typeset them all again.
      const rules = context.generateDigest(typographyRules + typographyMarkdownRules);
      if (context.meta.get('typography') !== rules) context.store.clear();
      context.meta.set('typography', rules);
      return loader.load({ ...typesetData(context), entryTypes: new Map([...context.entryTypes, ['.md', typeset], ['.mdx', typeset]]) });
    },
  };
}

/** A loader's context whose parsed data get Dutch apostrophes and quotes (src/lib/typography.ts). */
function typesetData<C extends Pick<LoaderContext, 'parseData'>>(context: C): C {
  return { ...context, parseData: (async (props) => typographic(await context.parseData(props))) as LoaderContext['parseData'] };
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
  sources: defineCollection({
    loader: { name: 'kapstok-sources', load: (context: LoaderContext) => file('src/data/sources.json').load(typesetData(context)) },
    schema: sourceSchema,
  }),
};
