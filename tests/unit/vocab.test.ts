import { describe, expect, test } from 'vitest';
import { defineVocabulary } from '../../src/vocab/define';
import { domains } from '../../src/vocab/domains';
import { targetGroups } from '../../src/vocab/target-groups';
import { provinces, provinceSlugOf, scopes } from '../../src/vocab/provinces';
import { sizeClasses, sizeClassOf } from '../../src/vocab/size-classes';
import { municipalities } from '../../src/places/municipalities';

describe('controlled vocabularies', () => {
  test('domains: between 12 and 20 terms, each with a Dutch label and a one-line description', () => {
    expect(domains.terms.length).toBeGreaterThanOrEqual(12);
    expect(domains.terms.length).toBeLessThanOrEqual(20);
    for (const t of [...domains.terms, ...targetGroups.terms]) {
      expect(t.label.length).toBeGreaterThan(2);
      expect(t.description).toMatch(/^[A-Z].+\.$/);
      expect(t.description).not.toContain('\n');
    }
  });

  test('a vocabulary refuses duplicate or malformed slugs', () => {
    expect(() => defineVocabulary('x', [{ slug: 'a', label: 'A', description: 'A.' }, { slug: 'a', label: 'B', description: 'B.' }])).toThrow('duplicate');
    expect(() => defineVocabulary('x', [{ slug: 'Niet Goed', label: 'A', description: 'A.' }])).toThrow('kebab');
  });

  test('the province labels match the reference data exactly', () => {
    const inData = new Set(municipalities.map((m) => m.province));
    expect([...inData].sort()).toEqual(provinces.slugs.slice().sort());
    expect(provinceSlugOf('Vlaams-Brabant')).toBe('vlaams-brabant');
    expect(() => provinceSlugOf('Henegouwen')).toThrow();
    for (const p of provinces.slugs) expect(scopes.has(p)).toBe(true);
  });

  test('size classes cover every population without gaps or overlap', () => {
    for (let i = 1; i < sizeClasses.terms.length; i++) {
      expect(sizeClasses.terms[i].min).toBe(sizeClasses.terms[i - 1].below);
    }
    expect(sizeClassOf(0).slug).toBe('tot-10000');
    expect(sizeClassOf(9_999).slug).toBe('tot-10000');
    expect(sizeClassOf(10_000).slug).toBe('10000-tot-20000');
    expect(sizeClassOf(541_856).slug).toBe('vanaf-100000');
    // Every class holds municipalities, or it would be an empty hub.
    for (const c of sizeClasses.terms) expect(municipalities.some((m) => m.sizeClass === c.slug)).toBe(true);
  });
});
