/**
 * The results view: builds every node with textContent and createElement (never
 * innerHTML), so nothing a query or a record holds can run as script. Branches of one
 * network (organisations with a `netwerk`) are grouped under it as one rank position.
 * Every result has a "Bewaar" toggle for the saved list, as on record pages.
 */
import type { PagefindData } from '../../search/engine';
import { highlightExcerpt, highlightText, segments, termRanges, type Segment } from './highlight';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function marked(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', '', s.text) : document.createTextNode(s.text)));
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const branches = (n: number) => plural(n, 'regionale afdeling', 'regionale afdelingen');

/** The network a result belongs to: its `netwerk`, or itself when it is an organisation. */
function groupKey(d: PagefindData): string | undefined {
  return d.meta.netwerk || d.url.match(/^\/organisaties\/([^/]+)\/$/)?.[1];
}

function metaLine(d: PagefindData): string {
  return [d.meta.soort, d.meta.plaats, d.meta.jaar && `bron uit ${d.meta.jaar}`].filter(Boolean).join(' · ');
}

function resultLink(d: PagefindData, terms: readonly string[]): HTMLAnchorElement {
  const a = el('a', '', ...marked(highlightText(d.meta.title ?? d.url, terms)));
  a.href = d.url;
  a.dataset.resultUrl = d.url;
  return a;
}

/**
 * The summary with the matched words marked; Pagefind's excerpt only when the summary
 * shows none of them. The summary is written to stand alone, while the index also holds
 * search-only words (keywords, compound parts, synonyms) that an excerpt would show as a
 * bare word list, so the summary goes first whenever it explains the match.
 */
function snippet(d: PagefindData, terms: readonly string[]): HTMLParagraphElement {
  const summary = d.meta.samenvatting ?? '';
  const inSummary = termRanges(summary, terms);
  const body = terms.length && d.excerpt && inSummary.length === 0 ? highlightExcerpt(d.excerpt, terms) : segments(summary, inSummary);
  return el('p', 'mb-1', ...marked(body));
}

/**
 * "Bewaar" on results: the page's button template (its words and the saved list's
 * storage key come from the build, lib/saved-list.ts) and the saved list as stored: ''
 * when empty, null when this browser blocks storage (then no "Bewaar", as on record pages).
 * Only the first state is set here; the code that toggles (lib/saved-list.ts) loads on
 * the first click, so a first search carries a few lines for it.
 */
let save: HTMLTemplateElement | null = null;

function saveButton(d: PagefindData, stored: string | null): Node | '' {
  if (stored === null) return '';
  const button = save!.content.firstChild!.cloneNode(true) as HTMLElement;
  const key = (button.dataset.bewaar = d.url.slice(1, -1)); // "/praktijken/x/" → "praktijken/x"
  // The stored list is JSON of keys, each in quotes; a key holds no quote.
  if (stored.includes(`"${key}"`)) button.setAttribute('aria-pressed', 'true'), (button.firstChild!.textContent = save!.dataset.savedLabel!);
  return button;
}

function single(d: PagefindData, terms: readonly string[], stored: string | null): HTMLLIElement {
  return el('li', 'card', el('h2', 'text-lg m-0', resultLink(d, terms)), snippet(d, terms), el('p', 'meta m-0', metaLine(d)), saveButton(d, stored));
}

interface Entry {
  li: HTMLLIElement;
  /** The network's own record, when it is among the results. */
  head?: PagefindData;
  members: PagefindData[];
  open: boolean;
}

export class ResultsView {
  private entries = new Map<string, Entry>();
  private terms: readonly string[] = [];

  constructor(private readonly list: HTMLOListElement) {
    save = document.querySelector('#bewaar-knop');
    list.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-bewaar]');
      if (button) import('../../lib/saved-list').then((m) => m.markSaved(button, m.toggleSaved(localStorage, button.dataset.bewaar!)));
    });
  }

  clear(terms: readonly string[]) {
    this.entries.clear();
    this.terms = terms;
    this.list.replaceChildren();
  }

  /** Rank positions shown (a group is one). */
  get positions() {
    return this.list.children.length;
  }

  append(batch: PagefindData[]) {
    let stored: string | null = null;
    try {
      stored = save && (localStorage.getItem(save.dataset.storageKey!) ?? '');
    } catch {
      // Storage blocked: no "Bewaar".
    }
    for (const d of batch) {
      const key = groupKey(d);
      const entry = key ? this.entries.get(key) : undefined;
      const isHead = !d.meta.netwerk;
      if (!key || !entry) {
        const li = single(d, this.terms, stored);
        this.list.append(li);
        if (key) this.entries.set(key, isHead ? { li, head: d, members: [], open: false } : { li, members: [d], open: false });
        continue;
      }
      if (isHead) entry.head ??= d;
      else entry.members.push(d);
      this.renderGroup(key, entry, stored);
    }
  }

  private renderGroup(key: string, entry: Entry, stored: string | null) {
    const { head, members } = entry;
    const first = head ?? members[0];
    const li = el('li', 'card');
    li.dataset.group = key;
    let title: HTMLAnchorElement;
    if (head) title = resultLink(head, this.terms);
    else {
      title = el('a', '', ...marked(highlightText(members[0].meta.netwerknaam || key, this.terms)));
      title.href = `/organisaties/${key}/`;
    }
    const details = el('details', 'mt-1');
    details.open = entry.open;
    details.addEventListener('toggle', () => (entry.open = details.open));
    const items = members.map((m) => {
      // The region, unless the branch's name already says it ("Samenlevingsopbouw Limburg").
      const region = m.meta.regio || m.meta.plaats;
      const named = region && (m.meta.title ?? '').toLowerCase().includes(region.toLowerCase());
      const where = [!named && region, m.meta.jaar && `bron uit ${m.meta.jaar}`].filter(Boolean).join(' · ');
      return el('li', 'py-0.5', resultLink(m, this.terms), where ? el('span', 'meta', ` – ${where}`) : '', ' ', saveButton(m, stored));
    });
    details.append(el('summary', 'cursor-pointer font-semibold', branches(members.length)), el('ul', 'list-disc pl-6 mt-1 mb-0', ...items));
    li.append(el('h2', 'text-lg m-0', title), snippet(first, this.terms), el('p', 'meta m-0', head ? metaLine(head) : 'Netwerk'), head ? saveButton(head, stored) : '', details);
    entry.li.replaceWith(li);
    entry.li = li;
  }
}
