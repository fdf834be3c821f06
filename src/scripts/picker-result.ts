/**
 * The picker's result page: resolves the submitted name (?q=) against the name list.
 * A municipality opens its page; a part or former municipality says where it belongs;
 * an ambiguous name lists the candidates; an unknown one suggests close names. Without
 * JavaScript the page's A–Z list answers the same question.
 */
import { relation, resolve, type PickEntry } from '../places/picker';
import { el, load } from './picker-shared';

const href = (e: PickEntry) => `/gemeenten/${e[1]}/`;

async function showResult(out: HTMLElement) {
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (!q) return;
  const input = document.querySelector<HTMLInputElement>('form[data-picker] input[name=q]');
  if (input) input.value = q;
  const entries = await load();
  const muni = (slug: string) => entries.find((e) => e[1] === slug && e[2] === 'g')?.[0] ?? slug;
  const r = resolve(q, entries);
  const link = (e: PickEntry, text = muni(e[1])) => el('a', text, { href: href(e) });
  const p = el('p');
  const list = (items: PickEntry[]) => {
    const ul = el('ul');
    for (const e of items) {
      const li = el('li', `${e[0]} ${relation(e)} `);
      li.append(link(e), '.');
      ul.append(li);
    }
    return ul;
  };
  if (r.type === 'municipality' && r.also.length === 0) {
    location.replace(href(r.entry));
    return;
  }
  if (r.type === 'municipality') {
    p.append('Ga naar de gemeente ', link(r.entry), '. Dezelfde naam hebben ook:');
    out.replaceChildren(p, list(r.also));
  } else if (r.type === 'place') {
    p.append(`${r.entry[0]} ${relation(r.entry)} `, link(r.entry), '.');
    out.replaceChildren(p);
  } else if (r.type === 'ambiguous') {
    p.textContent = `Er zijn meerdere plaatsen met de naam “${q}”. Welke bedoelt u?`;
    out.replaceChildren(p, list(r.entries));
  } else {
    p.textContent = `We vinden geen gemeente of plaats met de naam “${q}”.`;
    out.replaceChildren(p);
    if (r.suggestions.length) {
      const ul = el('ul');
      for (const e of r.suggestions) {
        const li = el('li');
        li.append(link(e, e[0]), e[2] === 'g' ? '' : ` (${relation(e)} ${muni(e[1])})`);
        ul.append(li);
      }
      out.append(el('p', 'Bedoelt u misschien:'), ul);
    }
  }
  out.hidden = false;
  out.focus();
}

const out = document.getElementById('uitkomst');
if (out) void showResult(out);
