import type { PickEntry } from '../places/picker';

let names: Promise<PickEntry[]> | undefined;
/** The picker's name list, fetched once, on first use. */
export const load = () => (names ??= fetch('/gemeenten/namen.json').then((r) => r.json()));

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
