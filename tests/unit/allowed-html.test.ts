import { describe, expect, test } from 'vitest';
import { isAllowedTag } from '../../src/lib/allowed-html';

describe('the allowed inline elements, read as raw HTML by the Markdown renderer', () => {
  test.each(['<abbr title="Nederlands als tweede taal">', '</abbr>', '<br>', '<br />', '<sub>', '</sup>'])('%s passes', (tag) => {
    expect(isAllowedTag(tag)).toBe(true);
  });

  test.each([
    '<script>',
    '<abbr onclick="x">',
    '<abbr title="a" class="b">',
    '<abbr title=x>',
    '<img src="x">',
    '</abbr title="x">',
    '<abbr title="a"><script>',
    '<br onload="x">',
  ])('%s is refused', (tag) => {
    expect(isAllowedTag(tag)).toBe(false);
  });
});
