import { describe, expect, test } from 'vitest';
import { dutchQuotes, typographicHtml } from '../../src/lib/typography';

describe('Dutch apostrophes and quotes', () => {
  test.each([
    ["OCMW's en thema's", 'OCMW’s en thema’s'],
    ["zo'n project", 'zo’n project'],
    ["Zo'n 20 B's", 'Zo’n 20 B’s'],
    ["'s avonds", '’s avonds'],
    ["Roma 't werkt", 'Roma ’t werkt'],
    ["een 'stad voor iedereen' bouwen", 'een ‘stad voor iedereen’ bouwen'],
    ["('taal') en 'beleid'.", '(‘taal’) en ‘beleid’.'],
    ['al ‘goed’ en OCMW’s', 'al ‘goed’ en OCMW’s'],
  ])('%s', (input, expected) => {
    expect(dutchQuotes(input)).toBe(expected);
  });

  test('changes text only, not attributes, scripts or code', () => {
    const html = `<p title="OCMW's">OCMW&#39;s</p><script>var a='x'</script><code>it's</code><a href="/x?a='b'">zo'n</a>`;
    expect(typographicHtml(html)).toBe(`<p title="OCMW's">OCMW’s</p><script>var a='x'</script><code>it's</code><a href="/x?a='b'">zo’n</a>`);
  });
});
