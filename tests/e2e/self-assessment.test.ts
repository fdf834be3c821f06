import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('self-assessment “stad voor iedereen”', () => {
  test('lists the guiding questions of every key factor as labelled checkboxes in fieldsets', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/zelfevaluatie/'));
    const fieldsets = w.page.locator('#zelfevaluatie fieldset');
    expect(await fieldsets.count()).toBe(5);
    for (const legend of await w.page.locator('#zelfevaluatie legend').allTextContents()) expect(legend).toMatch(/^Sleutelfactor \d: /);
    const boxes = w.page.locator('#zelfevaluatie input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(10);
    // Every checkbox has a visible label: its accessible name is the question.
    for (const id of await boxes.evaluateAll((els) => els.map((e) => e.id))) {
      expect(await w.page.locator(`label[for="${id}"]`).count()).toBe(1);
    }
  });

  test('works with the keyboard, keeps answers in this browser only, and restores them', async () => {
    const w = await watchedPage(browser);
    const requests: string[] = [];
    w.page.on('request', (r) => requests.push(r.method()));
    await w.page.goto(url('/zelfevaluatie/'));
    const first = w.page.locator('#zelfevaluatie input[type=checkbox]').first();
    await first.focus();
    await w.page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    await w.page.keyboard.press('Tab');
    const note = w.page.locator('#zelfevaluatie textarea').first();
    await note.fill('Bespreken op het schepencollege.');
    await expect.poll(() => w.page.locator('#zelfevaluatie-status').textContent()).toMatch(/Bewaard in deze browser/);

    await w.page.reload();
    expect(await w.page.locator('#zelfevaluatie input[type=checkbox]').first().isChecked()).toBe(true);
    expect(await w.page.locator('#zelfevaluatie textarea').first().inputValue()).toBe('Bespreken op het schepencollege.');
    // Nothing is sent anywhere: no request other than GET.
    expect(requests.filter((m) => m !== 'GET')).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  test('prints cleanly: notes as text, no menus or buttons', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/zelfevaluatie/'));
    await w.page.locator('#zelfevaluatie textarea').first().fill('Opvolgen in maart.');
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.locator('[data-print-for]').first().textContent()).toBe('Opvolgen in maart.');
    expect(await w.page.locator('[data-print-for]').first().isVisible()).toBe(true);
    expect(await w.page.locator('#zelfevaluatie textarea').first().isVisible()).toBe(false);
    expect(await w.page.locator('header nav').isVisible()).toBe(false);
    expect(await w.page.locator('#zelfevaluatie-afdrukken').isVisible()).toBe(false);
    const pdf = await w.page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  test('“Alles wissen” clears answers after confirmation, also while a save is pending', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/zelfevaluatie/'));
    await w.page.locator('#zelfevaluatie input[type=checkbox]').nth(1).check();
    // Typing starts a delayed save; clearing right after must cancel it.
    await w.page.locator('#zelfevaluatie textarea').first().fill('Nog te bespreken.');
    w.page.once('dialog', (d) => void d.accept());
    await w.page.click('#zelfevaluatie-wissen');
    expect(await w.page.locator('#zelfevaluatie input[type=checkbox]:checked').count()).toBe(0);
    await w.page.waitForTimeout(800);
    expect(await w.page.locator('#zelfevaluatie-status').textContent()).toBe('Alles is gewist.');
    expect(await w.page.evaluate("localStorage.getItem('kapstok:zelfevaluatie:v1')")).toBeNull();
    await w.page.reload();
    expect(await w.page.locator('#zelfevaluatie input[type=checkbox]:checked').count()).toBe(0);
    expect(await w.page.locator('#zelfevaluatie textarea').first().inputValue()).toBe('');
  });

  test('a note typed just before leaving the page is kept', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/zelfevaluatie/'));
    await w.page.locator('#zelfevaluatie textarea').first().fill('Meteen weg.');
    await w.page.goto(url('/'));
    await w.page.goto(url('/zelfevaluatie/'));
    expect(await w.page.locator('#zelfevaluatie textarea').first().inputValue()).toBe('Meteen weg.');
  });
});
