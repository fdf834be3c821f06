/**
 * Municipality picker, after the GOV.UK accessible-autocomplete pattern: the plain GET
 * form keeps working; with JavaScript the input becomes a combobox with a listbox of
 * suggestions (arrow keys, Enter, Escape) and a polite status for screen readers.
 * The name list is fetched on first use only.
 */
import { relation, suggest, type PickEntry } from '../places/picker';
import { el, load } from './picker-shared';

const href = (e: PickEntry) => `/gemeenten/${e[1]}/`;

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

document.querySelectorAll<HTMLFormElement>('form[data-picker]').forEach(enhance);
