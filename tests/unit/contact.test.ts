import { describe, expect, test } from 'vitest';
import { contactAddress, contactIsPlaceholder, defaultContact, mailto, reportLink } from '../../src/lib/contact.mjs';

describe('the contact address (KAPSTOK_CONTACT)', () => {
  test('falls back to a placeholder on the reserved .example domain when unset or empty', () => {
    expect(contactAddress({})).toBe(defaultContact);
    expect(contactAddress({ KAPSTOK_CONTACT: '  ' })).toBe(defaultContact);
    expect(defaultContact).toMatch(/@[a-z.]+\.example$/);
    expect(contactIsPlaceholder({})).toBe(true);
  });

  test('uses the address a deployer sets', () => {
    expect(contactAddress({ KAPSTOK_CONTACT: ' redactie@voorbeeld.be ' })).toBe('redactie@voorbeeld.be');
    expect(contactIsPlaceholder({ KAPSTOK_CONTACT: 'redactie@voorbeeld.be' })).toBe(false);
  });

  test('stops the build with a clear message on something that is not an e-mail address', () => {
    for (const bad of ['redactie', 'redactie@voorbeeld', 'a b@voorbeeld.be', 'x@y.be?bcc=z@w.be', 'javascript:alert(1)']) {
      expect(() => contactAddress({ KAPSTOK_CONTACT: bad }), bad).toThrow(/KAPSTOK_CONTACT: .* is not an e-mail address/);
    }
  });
});

describe('mail links', () => {
  test('encode subject and body so that reserved characters survive', () => {
    const link = mailto('a@b.be', 'Vraag & antwoord?', 'regel 1\nregel 2 = ok');
    const u = new URL(link);
    expect(u.protocol).toBe('mailto:');
    expect(u.pathname).toBe('a@b.be');
    expect(u.searchParams.get('subject')).toBe('Vraag & antwoord?');
    expect(u.searchParams.get('body')).toBe('regel 1\nregel 2 = ok');
    expect(link).not.toMatch(/[ \n]/);
  });

  test('a report names the page in the subject and carries its URL in the body', () => {
    const u = new URL(reportLink('a@b.be', 'Buurthuis in Ruisbroek', 'https://kapstok.example/praktijken/buurthuis-ruisbroek/'));
    expect(u.searchParams.get('subject')).toBe('Fout gezien op Kapstok: Buurthuis in Ruisbroek');
    expect(u.searchParams.get('body')).toContain('https://kapstok.example/praktijken/buurthuis-ruisbroek/');
  });
});
