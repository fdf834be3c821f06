import { describe, expect, test } from 'vitest';
import { dutchQuotes, typographic } from '../../src/lib/typography';
import { typographicMarkdown } from '../../src/lib/typography-markdown';
import { words } from '../../src/search/text';
import { rewrite } from '../../src/search/rewrite';
import { normalise } from '../../src/lib/slug';

describe('Dutch apostrophes and quotes', () => {
  test.each([
    ["OCMW's en thema's", 'OCMW’s en thema’s'],
    ["zo'n project", 'zo’n project'],
    ["Zo'n 20 B's", 'Zo’n 20 B’s'],
    ["do's en don'ts", 'do’s en don’ts'],
    ["'s avonds", '’s avonds'],
    ["lawaai 's nachts", 'lawaai ’s nachts'],
    ["Roma 't werkt", 'Roma ’t werkt'],
    ["'s-Gravenwezel en 's Herenelderen", '’s-Gravenwezel en ’s Herenelderen'],
    ["Sint-Job-in-'t-Goor", 'Sint-Job-in-’t-Goor'],
    ["een 'stad voor iedereen' bouwen", 'een ‘stad voor iedereen’ bouwen'],
    ["('taal') en 'beleid'.", '(‘taal’) en ‘beleid’.'],
    ["Checklist 'zeven B's' van de VVSG", 'Checklist ‘zeven B’s’ van de VVSG'],
    ['Folder "Hoe hou ik mijn gezondheid betaalbaar?"', 'Folder “Hoe hou ik mijn gezondheid betaalbaar?”'],
    [`"Voor hen wel, maar voor 'ons' niet."`, '“Voor hen wel, maar voor ‘ons’ niet.”'],
    ['al ‘goed’ en OCMW’s', 'al ‘goed’ en OCMW’s'],
    // Not a pair, not an elision: left as typed rather than guessed.
    ["5' lopen", "5' lopen"],
    ['12" scherm', '12" scherm'],
  ])('%s', (input, expected) => {
    expect(dutchQuotes(input)).toBe(expected);
    // One character for another: the Markdown source can be edited in place.
    expect(dutchQuotes(input)).toHaveLength(input.length);
  });

  test('a loaded record is typeset everywhere except its addresses and numbers', () => {
    const data = {
      title: "Boekbaby's",
      summary: "'s avonds 'voorlezen'",
      places: [{ name: "'s-Gravenwezel", nis: '11039' }],
      email: ["o'neil@voorbeeld.be"],
      websites: [{ url: "https://www.voorbeeld.be/it's", label: "Boekbaby's" }],
      links: [{ url: "www.voorbeeld.be/o'neil", via: "zoek: 'boek'" }],
      phone: ['015-28 18 30'],
      sources: [{ source: 'kapstokken-2013', section: "OCMW's", page: 12, year: 2013 }],
      date: new Date(0),
    };
    const raw = structuredClone(data);
    expect(typographic(data)).toEqual({
      ...raw,
      title: 'Boekbaby’s',
      summary: '’s avonds ‘voorlezen’',
      places: [{ name: '’s-Gravenwezel', nis: '11039' }],
      websites: [{ url: "https://www.voorbeeld.be/it's", label: 'Boekbaby’s' }],
      links: [{ url: "www.voorbeeld.be/o'neil", via: 'zoek: ‘boek’' }],
      sources: [{ source: 'kapstokken-2013', section: 'OCMW’s', page: 12, year: 2013 }],
    });
    // The loaded value is a copy; what the author wrote is left alone.
    expect(data).toEqual(raw);
  });
});

describe('Dutch apostrophes and quotes in a Markdown body', () => {
  test('text changes, in place; the rest of the source stays byte for byte', () => {
    const source = "# OCMW's\n\nLawaai 's nachts, zegt de 'buurt'.\n\n- foto's en\n  schema's\n";
    expect(typographicMarkdown(source)).toBe('# OCMW’s\n\nLawaai ’s nachts, zegt de ‘buurt’.\n\n- foto’s en\n  schema’s\n');
  });

  test('code, HTML attributes, link targets and addresses stay as written', () => {
    const source = [
      "Zie `it's` en <abbr title=\"OCMW's\">OCMW</abbr>'s.",
      '',
      "[De gids van 't OCMW](https://voorbeeld.be/it's \"Gids 'x'\") of www.voorbeeld.be/o'neil en o'neil@voorbeeld.be.",
      '',
      '```',
      "code = 'x'",
      '```',
    ].join('\n');
    expect(typographicMarkdown(source)).toBe(
      [
        "Zie `it's` en <abbr title=\"OCMW's\">OCMW</abbr>’s.",
        '',
        "[De gids van ’t OCMW](https://voorbeeld.be/it's \"Gids 'x'\") of www.voorbeeld.be/o'neil en o'neil@voorbeeld.be.",
        '',
        '```',
        "code = 'x'",
        '```',
      ].join('\n'),
    );
  });

  test('a quote around emphasis is one pair; escapes and character references are kept', () => {
    expect(typographicMarkdown("de 'stad *voor* iedereen' en B\\'s")).toBe("de ‘stad *voor* iedereen’ en B\\'s");
    expect(typographicMarkdown('"Elkaar **begrijpen** is tof"')).toBe('“Elkaar **begrijpen** is tof”');
    expect(typographicMarkdown("OCMW&#39;s en thema's")).toBe("OCMW&#39;s en thema’s");
    expect(typographicMarkdown("Kind &amp; Gezin's 'aanbod'")).toBe('Kind &amp; Gezin’s ‘aanbod’');
    expect(typographicMarkdown("> de 'stad\n> voor iedereen'")).toBe('> de ‘stad\n> voor iedereen’');
  });

  test('a body without quotes is returned as it is', () => {
    const source = 'Geen aanhalingstekens hier.\n';
    expect(typographicMarkdown(source)).toBe(source);
  });
});

describe('search does not care which apostrophe was typed', () => {
  test.each([
    ["'s-Gravenwezel", '’s-Gravenwezel'],
    ["Boekbaby's", 'Boekbaby’s'],
    ["Roma 't werkt", 'Roma ’t werkt'],
  ])('%s', (typed, printed) => {
    expect(words(typed)).toEqual(words(printed));
    expect(rewrite(typed).terms).toEqual(rewrite(printed).terms);
    // The municipality picker compares names the same way.
    expect(normalise(typed)).toBe(normalise(printed));
  });
});
