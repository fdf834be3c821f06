import { describe, expect, test } from 'vitest';
import { plainMarkdownProblems } from '../../src/lib/plain-markdown';

describe('record bodies are plain Markdown', () => {
  test('text, links, lists and headings pass', () => {
    expect(plainMarkdownProblems('---\ntitle: x\n---\nTekst met [een link](https://example.be) & meer.\n\n- een\n- twee\n\n## Kop\n')).toEqual([]);
  });

  test('HTML, components and expressions are refused with their line number', () => {
    const file = '---\ntitle: x\n---\nGoed.\n\n<script>alert(1)</script>\n\nIets {1 + 1}.\n';
    expect(plainMarkdownProblems(file)).toEqual([
      expect.stringMatching(/^line 6: "<" is not allowed/),
      expect.stringMatching(/^line 8: "\{" is not allowed/),
    ]);
  });

  test('the frontmatter is not the body', () => {
    expect(plainMarkdownProblems('---\nsummary: "a < b {c}"\n---\nTekst.\n')).toEqual([]);
  });
});
