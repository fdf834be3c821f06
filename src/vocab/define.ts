/**
 * A controlled vocabulary: a fixed list of terms with a Dutch label and a one-line
 * description. Every record type draws from the same lists, so a hub page can gather
 * practices, recommendations, organisations and subsidies under one term.
 */
export interface Term {
  /** URL-safe identifier used in frontmatter, URLs and search filters. */
  slug: string;
  /** Dutch label shown to readers. */
  label: string;
  /** One-line Dutch description shown on hub pages. */
  description: string;
}

export interface Vocabulary<T extends Term = Term> {
  /** The terms in display order. */
  terms: readonly T[];
  /** The slugs, as a tuple for `z.enum`. */
  slugs: [string, ...string[]];
  /** Look a term up by slug; throws on an unknown slug because that is a programming error. */
  get(slug: string): T;
  /** True if the slug belongs to this vocabulary. */
  has(slug: string): boolean;
}

export function defineVocabulary<T extends Term>(name: string, terms: readonly T[]): Vocabulary<T> {
  const bySlug = new Map<string, T>();
  for (const term of terms) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(term.slug)) {
      throw new Error(`Vocabulary ${name}: slug "${term.slug}" is not lowercase-kebab-case`);
    }
    if (bySlug.has(term.slug)) throw new Error(`Vocabulary ${name}: duplicate slug "${term.slug}"`);
    bySlug.set(term.slug, term);
  }
  if (terms.length === 0) throw new Error(`Vocabulary ${name} is empty`);
  return {
    terms,
    slugs: terms.map((t) => t.slug) as [string, ...string[]],
    get(slug) {
      const term = bySlug.get(slug);
      if (!term) throw new Error(`Vocabulary ${name}: unknown slug "${slug}"`);
      return term;
    },
    has: (slug) => bySlug.has(slug),
  };
}
