import { describe, expect, test } from 'vitest';
import { escapeGreaterThanInText } from '../../src/lib/escape-gt';
import { typographicMarkdown } from '../../src/lib/typography-markdown';
import { renderRecordBody } from '../../src/lib/record-body';

// The renderer record pages use, with the Markdown settings of astro.config.mjs.
const render = (body: string) => renderRecordBody({ body, data: {}, filePath: 'practices/x.mdx' });

describe('record bodies rendered as Markdown', () => {
  test('the allowed inline elements pass and a bare www. address is linked over https', async () => {
    const html = await render('De cursus <abbr title="Nederlands als tweede taal">NT2</abbr> stond op www.voorbeeld.be/gids.');
    expect(html).toContain('<abbr title="Nederlands als tweede taal">NT2</abbr>');
    expect(html).toContain('href="https://www.voorbeeld.be/gids"');
  });

  test('other HTML is refused, as under MDX', async () => {
    await expect(render('Tekst <script>alert(1)</script>')).rejects.toThrow(/raw HTML is not allowed/);
    await expect(render('<abbr onclick="x">NT2</abbr>')).rejects.toThrow(/raw HTML is not allowed/);
  });

  test('">" in text is written as a character reference, and headings get ids that do not start with a digit', async () => {
    const html = await render('## 1. Eerst\n\nsociaal beleid > diversiteit');
    expect(html).toContain('sociaal beleid &gt; diversiteit');
    expect(html).toContain('<h2 id="kop-1-eerst">');
  });
});

describe('Dutch apostrophes and quotes in a rendered body', () => {
  test('the page shows the quotes set in the source as the record loaded, and no others', async () => {
    const source = "Lawaai 's nachts in de 'lummelhoeken' van OCMW's, zie `it's` en <abbr title=\"OCMW's\">OCMW</abbr>.";
    const html = await render(typographicMarkdown(source));
    expect(html).toContain('Lawaai ’s nachts in de ‘lummelhoeken’ van OCMW’s, zie <code>it\'s</code>');
    expect(html).toContain('<abbr title="OCMW&#x27;s">OCMW</abbr>');
    // Without smartypants a straight quote the rules leave alone stays straight on the page,
    // as in the open data, instead of becoming an opening quote there only.
    expect(await render("5' lopen")).toContain("5' lopen");
  });
});

describe('escaping ">" in text', () => {
  test('leaves tags and quoted attributes alone', () => {
    expect(escapeGreaterThanInText('<p>a > b <abbr title="x > y">Z</abbr> &gt;</p>')).toBe('<p>a &gt; b <abbr title="x > y">Z</abbr> &gt;</p>');
  });
});
