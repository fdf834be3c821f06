import GithubSlugger from 'github-slugger';
import type { Plugin } from 'unified';
import type { Root, Element, ElementContent } from 'hast';

/**
 * rehype plugin: give headings of a record body the id Astro would give them
 * (github-slugger, as rehypeHeadingIds), prefixed with "kop-" where that id would
 * begin with a digit ("1. Integratie …" → "kop-1-integratie-…"). Such ids are valid
 * HTML but not usable as CSS selectors, and html-validate's valid-id rejects them.
 * Astro keeps an id that is already set.
 */
export const rehypeHeadingIds: Plugin<[], Root> = function () {
  return (tree) => {
    const slugger = new GithubSlugger();
    const text = (node: ElementContent): string =>
      node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (/^h[1-6]$/.test(child.tagName) && typeof child.properties.id !== 'string') {
          const slug = slugger.slug(child.children.map(text).join(''));
          child.properties.id = /^[0-9]/.test(slug) ? `kop-${slug}` : slug;
        } else visit(child);
      }
    };
    visit(tree);
  };
};
