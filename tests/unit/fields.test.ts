import { describe, expect, test } from 'vitest';
import { citation, email, phone, summary, url, SUMMARY_MAX } from '../../src/schemas/fields';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: unknown) => schema.safeParse(v).success;

describe('field validators', () => {
  test.each(['015-28 18 30', '03-270 33 33', '02/201 05 40', '0800 12 800', '+32 2 205 00 50', '09-224 17 18', '0473 12 34 56'])(
    'accepts phone %s',
    (v) => expect(ok(phone, v)).toBe(true),
  );
  test.each(['03-27', '1234567890', 'T 015-28 18 30', '+31 20 123 4567', '015-28 18 30 ext'])('rejects phone %s', (v) =>
    expect(ok(phone, v)).toBe(false),
  );

  test.each(['info@prismavzw.be', 'pric@limburg.be', 'inburgering@vlaanderen.be'])('accepts e-mail %s', (v) =>
    expect(ok(email, v)).toBe(true),
  );
  test.each(['info@prismavzw', 'info prismavzw.be', '@x.be', 'a@b@c.be'])('rejects e-mail %s', (v) => expect(ok(email, v)).toBe(false));

  test.each(['www.odice.be', 'http://www.vvsg.be/sociaal', 'https://example.org/a?b=c#d', 'www.limburg.be/integratiecentrum'])(
    'accepts URL %s',
    (v) => expect(ok(url, v)).toBe(true),
  );
  test.each(['www voorbeeld be', 'javascript:alert(1)', 'ftp://x.be', 'odice', 'www.odice.be.', 'https:/odice.be', 'http//odice.be', 'https://x'])('rejects URL %s', (v) => expect(ok(url, v)).toBe(false));

  test('summary: not empty, not longer than a card holds', () => {
    expect(ok(summary, 'Kort en duidelijk.')).toBe(true);
    expect(ok(summary, '   ')).toBe(false);
    expect(ok(summary, 'x'.repeat(SUMMARY_MAX))).toBe(true);
    expect(ok(summary, 'x'.repeat(SUMMARY_MAX + 1))).toBe(false);
  });

  test('a citation takes the year of its source document unless the record says otherwise', () => {
    expect(citation.parse({ source: 'kapstokken-2013', section: 'X' }).year).toBe(2013);
    expect(citation.parse({ source: 'vvsg-enquete-2009', section: 'X', year: 2008 }).year).toBe(2008);
    expect(ok(citation, { source: 'onbekend', section: 'X' })).toBe(false);
    expect(ok(citation, { source: 'kapstokken-2013', section: 'X', extra: 1 })).toBe(false);
  });
});

describe('web addresses on pages', () => {
  test('an address printed without scheme is linked over https; a scheme in the source is kept', async () => {
    const { hrefOfUrl } = await import('../../src/lib/format');
    expect(hrefOfUrl('www.odice.be')).toBe('https://www.odice.be');
    expect(hrefOfUrl('http://www.vvsg.be/x')).toBe('http://www.vvsg.be/x');
    expect(hrefOfUrl('https://example.org/')).toBe('https://example.org/');
  });
});
