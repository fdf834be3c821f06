import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { questionKind } from '../../src/lib/question-kind';
import { launch, url, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const KEY = 'kapstok:zelfevaluatie:v2';
const firstChoice = '#zelfevaluatie input[type=radio][value=ja]';
const firstOpen = '#zelfevaluatie .zelfevaluatie-vraag textarea';

async function open(options: { init?: string } = {}) {
  const w = await watchedPage(browser);
  if (options.init) await w.page.addInitScript(options.init);
  await w.page.goto(url('/zelfevaluatie/'));
  return w;
}

describe('self-assessment “stad voor iedereen”', () => {
  test('closed questions are a yes/partly/no choice, open ones a notes field, each key factor followed by practices', async () => {
    const w = await open();
    const sections = w.page.locator('#zelfevaluatie section');
    expect(await sections.count()).toBe(5);
    for (const h of await w.page.locator('#zelfevaluatie section > h2').allTextContents()) expect(h).toMatch(/^Sleutelfactor \d: /);
    // Closed: a fieldset whose legend is the question, with three labelled radios.
    const closed = w.page.locator('#zelfevaluatie fieldset.zelfevaluatie-vraag');
    expect(await closed.count()).toBeGreaterThan(5);
    for (const counts of await closed.evaluateAll((els) => els.map((e) => [e.querySelectorAll('legend').length, e.querySelectorAll('input[type=radio]').length, e.querySelectorAll('label').length]))) {
      expect(counts).toEqual([1, 3, 3]);
    }
    // Open: a labelled textarea, no checkbox anywhere.
    expect(await w.page.locator('#zelfevaluatie input[type=checkbox]').count()).toBe(0);
    const open = await w.page.locator('#zelfevaluatie div.zelfevaluatie-vraag:has(textarea):not(:has(textarea[name$="-notitie"])) label').allTextContents();
    expect(open.length).toBeGreaterThan(5);
    for (const q of open) expect(questionKind(q), q).toBe('open');
    for (const q of await closed.locator('legend').allTextContents()) expect(questionKind(q), q).toBe('closed');
    // After each key factor: the practices that carry it out.
    for (let i = 0; i < 5; i++) expect(await sections.nth(i).locator('a[href^="/praktijken/"]').count()).toBeGreaterThan(0);
  });

  test('the second Tab stop skips to the first question', async () => {
    const w = await open();
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de eerste vraag');
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.closest('#eerste-vraag') !== null)).toBe(true);
  });

  test('keeps answers in this browser only, counts them in good Dutch, and restores them', async () => {
    const w = await open();
    const requests: string[] = [];
    w.page.on('request', (r) => requests.push(r.method()));
    await w.page.locator(firstChoice).first().check();
    await expect.poll(() => w.page.locator('#zelfevaluatie-status').textContent()).toMatch(/^Bewaard in deze browser\. 1 vraag van \d+ beantwoord\.$/);
    await w.page.locator(firstOpen).first().fill('Bespreken op het schepencollege.');
    await expect.poll(() => w.page.locator('#zelfevaluatie-status').textContent()).toMatch(/2 vragen van/);
    await w.page.fill('#zelfevaluatie-gemeente', 'Genk');

    await w.page.reload();
    expect(await w.page.locator(firstChoice).first().isChecked()).toBe(true);
    expect(await w.page.locator(firstOpen).first().inputValue()).toBe('Bespreken op het schepencollege.');
    expect(await w.page.inputValue('#zelfevaluatie-gemeente')).toBe('Genk');
    expect(requests.filter((m) => m !== 'GET')).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  test('prints the municipality, the date and the page address, answers as text, and no storage line or buttons', async () => {
    const w = await open();
    await w.page.fill('#zelfevaluatie-gemeente', 'Sint-Niklaas');
    await w.page.fill('#zelfevaluatie-datum', '2026-03-05');
    await w.page.locator(firstChoice).first().check();
    await w.page.locator(firstOpen).first().fill('Opvolgen in maart.');
    await expect.poll(() => w.page.locator('#zelfevaluatie-status').isVisible()).toBe(true);
    await w.page.emulateMedia({ media: 'print' });
    const main = w.page.locator('main');
    const printed = await main.innerText();
    expect(printed).toContain('Sint-Niklaas');
    expect(printed).toContain('5 maart 2026');
    expect(printed).toMatch(/Adres van deze zelfevaluatie: https?:\/\/\S+\/zelfevaluatie\//);
    expect(printed).toContain('Opvolgen in maart.');
    expect(printed).not.toContain('Bewaard in deze browser');
    expect(await w.page.locator('#zelfevaluatie-status').isVisible()).toBe(false);
    expect(await w.page.locator(firstOpen).first().isVisible()).toBe(false);
    expect(await w.page.locator('header nav').isVisible()).toBe(false);
    expect(await w.page.locator('#zelfevaluatie-afdrukken').isVisible()).toBe(false);
    const pdf = await w.page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  test('“Alles wissen” clears answers after confirmation, also while a save is pending', async () => {
    const w = await open();
    await w.page.locator(firstChoice).nth(1).check();
    // Typing starts a delayed save; clearing right after must cancel it.
    await w.page.locator(firstOpen).first().fill('Nog te bespreken.');
    w.page.once('dialog', (d) => void d.accept());
    await w.page.click('#zelfevaluatie-wissen');
    expect(await w.page.locator('#zelfevaluatie input[type=radio]:checked').count()).toBe(0);
    await w.page.waitForTimeout(800);
    expect(await w.page.locator('#zelfevaluatie-status').textContent()).toBe('Alles is gewist.');
    expect(await w.page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await w.page.reload();
    expect(await w.page.locator('#zelfevaluatie input[type=radio]:checked').count()).toBe(0);
    expect(await w.page.locator(firstOpen).first().inputValue()).toBe('');
  });

  test('a note typed just before leaving the page is kept', async () => {
    const w = await open();
    await w.page.locator(firstOpen).first().fill('Meteen weg.');
    await w.page.goto(url('/'));
    await w.page.goto(url('/zelfevaluatie/'));
    expect(await w.page.locator(firstOpen).first().inputValue()).toBe('Meteen weg.');
  });

  test('answers of the first version (checkboxes) carry over', async () => {
    const w = await open({ init: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('kapstok:zelfevaluatie:v1', JSON.stringify({ 'ic-sleutelfactor-1-v0': true, 'ic-sleutelfactor-1-notitie': 'Oude notitie' })); }` });
    expect(await w.page.locator('#ic-sleutelfactor-1-v0-ja').isChecked()).toBe(true);
    expect(await w.page.inputValue('#ic-sleutelfactor-1-notitie')).toBe('Oude notitie');
    expect(await w.page.locator('#zelfevaluatie-melding').isVisible()).toBe(false);
  });
});

describe('the self-assessment cannot break', () => {
  // Values another version, an extension or a person could have left under our key.
  const wrongShapes = ['null', '[]', '"tekst"', '42', '{niet json', JSON.stringify({ 'ic-sleutelfactor-1-v0': 42 }), JSON.stringify({ 'ic-sleutelfactor-1-v0': 'misschien' })];

  test.each(wrongShapes)('a stored value of the wrong shape (%s) is ignored with a message, and “Alles wissen” works', async (stored) => {
    const w = await open({ init: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('${KEY}', ${JSON.stringify(stored)}); }` });
    const message = w.page.locator('#zelfevaluatie-melding');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/genegeerd/);
    expect(await w.page.locator('#zelfevaluatie input[type=radio]:checked').count()).toBe(0);
    // The page still works: answer, then clear.
    await w.page.locator(firstChoice).first().check();
    w.page.once('dialog', (d) => void d.accept());
    await w.page.click('#zelfevaluatie-wissen');
    expect(await w.page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    expect(await message.isVisible()).toBe(false);
    expect(await w.page.locator('#zelfevaluatie-status').textContent()).toBe('Alles is gewist.');
    expect(w.problems).toEqual([]);
  });

  test('a full storage shows a message and the page keeps working', async () => {
    const w = await open({
      init: `{ const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { if (k === '${KEY}') throw new DOMException('full', 'QuotaExceededError'); return set.call(this, k, v); }; }`,
    });
    await w.page.locator(firstChoice).first().check();
    const message = w.page.locator('#zelfevaluatie-melding');
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/vol/);
    await w.page.locator(firstChoice).nth(1).check();
    await w.page.locator(firstOpen).first().fill('Toch verder.');
    await expect.poll(() => w.page.locator('#zelfevaluatie-status').textContent()).toMatch(/3 vragen van \d+ beantwoord/);
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.locator('main').innerText()).toContain('Toch verder.');
    expect(w.problems).toEqual([]);
  });

  test('a blocked storage shows a message and the page keeps working', async () => {
    const w = await open({
      init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`,
    });
    const message = w.page.locator('#zelfevaluatie-melding');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/laat niet toe/);
    await w.page.locator(firstChoice).first().check();
    await expect.poll(() => w.page.locator('#zelfevaluatie-status').textContent()).toMatch(/^1 vraag van \d+ beantwoord\.$/);
    w.page.once('dialog', (d) => void d.accept());
    await w.page.click('#zelfevaluatie-wissen');
    expect(await w.page.locator('#zelfevaluatie input[type=radio]:checked').count()).toBe(0);
    expect(await w.page.locator('#zelfevaluatie-status').textContent()).toBe('Alles is gewist.');
    expect(w.problems).toEqual([]);
  });
});
