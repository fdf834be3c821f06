import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url, watchedPage } from './browser';
import { onePagePerTemplate } from './sitemap';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = [...onePagePerTemplate(), '/zelfevaluatie/', '/enquete/', '/provincies/limburg/'];

/**
 * WCAG 2.2 "Focus appearance": every control, once focused from the keyboard, has an
 * outline of at least 2 px all around it whose colour contrasts at least 3:1 with what
 * lies behind it. Placeholders reach 4.5:1. Measured from computed styles in the browser.
 */
describe('focus is visible on every control', () => {
  test.each([...new Set(pages)])('%s', async (path) => {
    const w = await watchedPage(browser);
    await w.page.goto(url(path));
    // Keyboard modality first, so programmatic focus counts as keyboard focus (:focus-visible).
    await w.page.keyboard.press('Tab');
    const problems = await w.page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      // Any CSS colour (rgb, oklch, …) to sRGB bytes and alpha, through a canvas.
      const rgba = (colour: string) => {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = colour;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
        return { r, g, b, a: a / 255 };
      };
      const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const c = [r, g, b].map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      };
      const contrast = (x: string, y: string) => {
        const [a, b] = [luminance(rgba(x)), luminance(rgba(y))].sort((p, q) => q - p);
        return (a + 0.05) / (b + 0.05);
      };
      const backdrop = (el: Element) => {
        for (let e = el.parentElement; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (rgba(bg).a > 0.5) return bg;
        }
        return 'white';
      };
      const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent || (el as HTMLInputElement).name || '').trim().slice(0, 30)}”`;

      const out: string[] = [];
      const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
      for (const el of focusables) {
        if (el.hidden || el.closest('[hidden]') || (el as HTMLInputElement).type === 'hidden') continue;
        el.focus();
        if (document.activeElement !== el) continue; // not focusable now (e.g. inside closed details)
        if (!el.matches(':focus-visible')) {
          out.push(`${describe(el)}: no :focus-visible`);
          continue;
        }
        const s = getComputedStyle(el);
        const width = parseFloat(s.outlineWidth);
        if (s.outlineStyle === 'none' || width < 2) out.push(`${describe(el)}: outline ${s.outlineStyle} ${s.outlineWidth}`);
        else if (rgba(s.outlineColor).a < 1) out.push(`${describe(el)}: outline colour ${s.outlineColor} not opaque`);
        else {
          const ratio = contrast(s.outlineColor, backdrop(el));
          if (ratio < 3) out.push(`${describe(el)}: outline ${s.outlineColor} on ${backdrop(el)} is ${ratio.toFixed(2)}:1`);
        }
        if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.placeholder) {
          const p = getComputedStyle(el, '::placeholder');
          const behind = rgba(s.backgroundColor).a > 0.5 ? s.backgroundColor : backdrop(el);
          const ratio = contrast(p.color, behind);
          if (ratio < 4.5) out.push(`${describe(el)}: placeholder ${p.color} on ${behind} is ${ratio.toFixed(2)}:1`);
        }
      }
      return { checked: focusables.length, out };
    });
    expect(problems.checked).toBeGreaterThan(5);
    expect(problems.out).toEqual([]);
    await w.page.context().close();
  });

  test('forced-colours mode keeps borders on the header search and outlines on focus', async () => {
    const w = await watchedPage(browser);
    await w.page.emulateMedia({ forcedColors: 'active' });
    await w.page.goto(url('/praktijken/'));
    const styles = await w.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('header input[type=search]')!;
      const button = document.querySelector<HTMLButtonElement>('header button')!;
      input.focus();
      return {
        input: getComputedStyle(input).borderTopStyle,
        button: getComputedStyle(button).borderTopStyle,
        outline: getComputedStyle(input).outlineStyle,
      };
    });
    expect(styles).toEqual({ input: 'solid', button: 'solid', outline: 'solid' });
  });
});
