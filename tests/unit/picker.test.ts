import { describe, expect, test } from 'vitest';
import { pickEntries } from '../../src/places/picker-data';
import { relation, resolve, suggest } from '../../src/places/picker';

const said = (q: string) => {
  const r = resolve(q, pickEntries);
  if (r.type === 'place') return `${r.entry[0]} ${relation(r.entry)} ${r.entry[1]}`;
  if (r.type === 'municipality') return `→ ${r.entry[1]}`;
  if (r.type === 'ambiguous') return r.entries.map((e) => e[1]).join(' | ');
  return `? ${r.suggestions.map((e) => e[0]).join(', ')}`;
};

describe('municipality picker', () => {
  test.each([
    ['Genk', '→ genk'],
    ['sint-pieters-leeuw', '→ sint-pieters-leeuw'],
    ['Kruibeke', 'Kruibeke hoort sinds 2025 bij beveren-kruibeke-zwijndrecht'],
    ['Borsbeek', 'Borsbeek hoort sinds 2025 bij antwerpen'],
    ['Puurs', 'Puurs hoort sinds 2019 bij puurs-sint-amands'],
    ['Winterslag', 'Winterslag is een woonkern in genk'],
    ['Borgerhout', 'Borgerhout is een district van antwerpen'],
    ['Ruisbroek', 'puurs-sint-amands | sint-pieters-leeuw'],
    ['Heusden', 'destelbergen | heusden-zolder'],
  ])('%s', (q, expected) => {
    expect(said(q)).toBe(expected);
  });

  test('a municipality also names homonymous places elsewhere', () => {
    const r = resolve('Tielt', pickEntries);
    expect(r.type).toBe('municipality');
    if (r.type === 'municipality') expect(r.also.map((e) => e[1])).toContain('tielt-winge');
  });

  test('no match suggests the closest names', () => {
    expect(said('Gnek')).toMatch(/^\? .*Genk/);
    expect(said('Kortrik')).toMatch(/^\? .*Kortrijk/);
    expect(resolve('xqzwv', pickEntries)).toEqual({ type: 'none', suggestions: [] });
  });

  test('suggestions while typing start with the typed letters, municipalities first', () => {
    const names = suggest('heus', pickEntries).map((e) => e[0]);
    expect(names[0]).toBe('Heusden-Zolder');
    expect(names).toContain('Heusden');
  });
});
