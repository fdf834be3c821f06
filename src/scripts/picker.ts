/**
 * Municipality picker, after the GOV.UK accessible-autocomplete pattern: the plain GET
 * form keeps working; with JavaScript the input becomes a combobox with a listbox of
 * suggestions (arrow keys, Enter, Escape) and a polite status for screen readers.
 * On the result page it also resolves the submitted name. The name list is fetched
 * on first use only.
 */
import { relation, resolve, suggest, type PickEntry } from '../places/picker';

let names: Promise<PickEntry[]> | undefined;
const load = () => (names ??= fetch('/gemeenten/namen.json').then((r) => r.json()));
const href = (e: PickEntry) => `/gemeenten/${e[1]}/`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function describe(e: PickEntry, municipality: (slug: string) => string): string {
  return e[2] === 'g' ? e[0] : `${e[0]} (${relation(e)} ${municipality(e[1])})`;
}

function enhance(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const id = `${input.id}-lijst`;
  const list = el('ul', '', { id, role: 'listbox', class: 'picker-list', hidden: '' });
  const status = el('div', '', { role: 'status', class: 'visually-hidden' });
  input.after(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  input.setAttribute('autocomplete', 'off');
  let options: PickEntry[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${id}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const go = (e: PickEntry) => location.assign(href(e));

  input.addEventListener('input', async () => {
    const entries = await load();
    const muni = (slug: string) => entries.find((e) => e[1] === slug && e[2] === 'g')?.[0] ?? slug;
    options = suggest(input.value, entries);
    list.replaceChildren(
      ...options.map((e, i) => {
        const li = el('li', describe(e, muni), { id: `${id}-${i}`, role: 'option', 'aria-selected': 'false' });
        li.addEventListener('mousedown', (ev) => ev.preventDefault());
        li.addEventListener('click', () => go(e));
        return li;
      }),
    );
    const open = options.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    highlight(-1);
    status.textContent = input.value.trim()
      ? open ? `${options.length} ${options.length === 1 ? 'suggestie' : 'suggesties'}. Kies met pijltje omlaag en Enter.` : 'Geen suggesties.'
      : '';
  });
  input.addEventListener('keydown', (ev) => {
    if (list.hidden) return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const next = active + (ev.key === 'ArrowDown' ? 1 : -1);
      highlight(next >= options.length ? 0 : next < 0 ? options.length - 1 : next);
    } else if (ev.key === 'Enter' && active >= 0) {
      ev.preventDefault();
      go(options[active]);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}

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

document.querySelectorAll<HTMLFormElement>('form[data-picker]').forEach(enhance);
const out = document.getElementById('uitkomst');
if (out) void showResult(out);
