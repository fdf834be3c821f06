import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkRecordRules } from '../../src/check/mdx-rules';

/** Compile a body the way @astrojs/mdx does (GFM, then the plugins of astro.config.mjs). */
const build = (value: string, frontmatter: Record<string, unknown> = {}) =>
  compile(new VFile({ path: 'practices/x.mdx', value, data: { astro: { frontmatter } } }), {
    remarkPlugins: [remarkGfm, remarkRecordRules],
  });

describe('the remark plugin stops astro build and astro dev on the rules of npm run check', () => {
  test.each([
    ["import fs from 'node:fs'\n\n{fs.readFileSync('/etc/hostname', 'utf8')}", 'practices/x.mdx:1:1: import/export is not allowed'],
    ['Een plus een is {1+1}.', 'practices/x.mdx:1:17: JavaScript expression {1+1}'],
    ['<iframe src="/over/"></iframe>', 'practices/x.mdx:1:1: element <iframe> is not allowed'],
    ['[hier](javascript:alert(1))', 'practices/x.mdx:1:1: link scheme "javascript:" is not allowed'],
    ['[site](www.voorbeeld.be)', 'write "https://www.voorbeeld.be"'],
    ['Caf\uFFFD', 'practices/x.mdx:1:4: invalid UTF-8'],
    ['x'.repeat(20_001), 'a record may be at most 20000 bytes'],
  ])('%s', async (body, message) => {
    await expect(build(body)).rejects.toThrow(message);
  });

  test('rejects a layout in frontmatter, which would import a file', async () => {
    await expect(build('Tekst.', { layout: '../x.astro' })).rejects.toThrow('frontmatter field "layout" is not allowed');
  });

  test('lists every problem of the file in one error', async () => {
    await expect(build('{a}\n\n{b}')).rejects.toThrow(/1:1: JavaScript expression \{a\}[\s\S]*3:1: JavaScript expression \{b\}/);
  });

  test('passes Markdown and the allowed elements, and links a bare www. address over https', async () => {
    const js = String(await build('Zie www.voorbeeld.be/gids, <abbr title="Nederlands als tweede taal">NT2</abbr> en [mail](mailto:info@voorbeeld.be).'));
    expect(js).toContain('"https://www.voorbeeld.be/gids"');
    expect(js).not.toContain('http://www.');
  });
});
