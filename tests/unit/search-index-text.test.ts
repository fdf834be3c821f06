import { describe, expect, test } from 'vitest';
import { compoundParts, splitCompound } from '../../src/search/compounds';
import { indexedText, makeExpander, vocabulary } from '../../src/search/index-text';
import { words } from '../../src/search/text';

const corpus = new Set(
  words(
    `migranten verenigingen migrantenverenigingen beleid diversiteit diversiteitsbeleid kind kinderen armoede
     kinderarmoede opvoeding ondersteuning opvoedingsondersteuning woonwagen terreinen woonwagenterreinen
     werkzoekenden gemeente allochtone ouderen`,
  ),
);
const known = (w: string) => corpus.has(w);

describe('compounds from the corpus vocabulary', () => {
  test('splits a compound into known words, with linking letters', () => {
    expect(splitCompound('migrantenverenigingen', known)).toEqual(['migranten', 'verenigingen']);
    expect(splitCompound('diversiteitsbeleid', known)).toEqual(['diversiteit', 'beleid']);
    expect(splitCompound('kinderarmoede', known)).toEqual(['kind', 'armoede']);
    expect(splitCompound('opvoedingsondersteuning', known)).toEqual(['opvoeding', 'ondersteuning']);
  });

  test('does not split words that are not made of known words', () => {
    expect(splitCompound('integratie', known)).toBeUndefined();
    expect(splitCompound('gemeente', known)).toBeUndefined();
  });

  test('parts of parts are found too', () => {
    const k = (w: string) => ['woon', 'wagen', 'woonwagen', 'terrein'].includes(w);
    expect(compoundParts('woonwagenterrein', k)).toEqual(expect.arrayContaining(['woonwagen', 'terrein', 'woon', 'wagen']));
  });
});

describe('what a page is also indexed under', () => {
  const expander = makeExpander(corpus);

  test('the tail of a compound, so “verenigingen” finds “migrantenverenigingen”', () => {
    const extra = expander.expand(words('Zij steunen migrantenverenigingen.'));
    expect(extra).toContain('verenigingen');
    // The first part needs no extra word: Pagefind finds “migranten…” by prefix.
    expect(extra).not.toContain('migranten');
  });

  test('a compound written apart, so “diversiteitsbeleid” finds “beleid rond diversiteit”', () => {
    expect(expander.expand(words('Een beleid rond diversiteit.'))).toContain('diversiteitsbeleid');
    expect(expander.expand(words('Beleid. Daarna volgen nog andere lange woorden. Diversiteit.'))).not.toContain('diversiteitsbeleid');
  });

  test('synonyms from the shared vocabulary, words and phrases', () => {
    expect(expander.expand(words('Hulp voor werkzoekenden.'))).toEqual(expect.arrayContaining(['werkloze', 'werklozen']));
    expect(expander.expand(words('Met steun van Kind&Gezin.'))).toContain('opgroeien');
    expect(expander.expand(words('Leerlingen zonder wettig verblijf.'))).toEqual(expect.arrayContaining(['papieren', 'sans']));
    expect(expander.expand(words('allochtone ouderen'))).toContain('migratieachtergrond');
  });

  test('words the page already has are not repeated', () => {
    expect(expander.expand(words('werkloze werkzoekenden'))).not.toContain('werkloze');
  });

  test('vocabulary counts pages, not occurrences', () => {
    expect(vocabulary([['a', 'a', 'b'], ['a']]).get('a')).toBe(2);
  });
});

describe('the text a page is indexed under', () => {
  test('only the searchable body, without ignored parts, scripts or tags', () => {
    const html = `<html><body><nav>Menu</nav><main id="x" data-pagefind-body><h1>Titel</h1>
      <p>Eigen tekst &amp; meer<br>regel</p><aside data-pagefind-ignore><div><p>Gelinkt record in Zele</p></div></aside>
      <div><img src="a.png" alt="">Nog <b>eigen</b></div><script>var x;</script></main><footer>Voet</footer></body></html>`;
    expect(indexedText(html)).toBe('Titel Eigen tekst & meer regel Nog eigen');
  });

  test('a page without a searchable body has no indexed text', () => {
    expect(indexedText('<main><p>Hub</p></main>')).toBeUndefined();
  });
});

describe('extra words carry the weight of the words they stand for', () => {
  test('a synonym is repeated as often as its source words occur, up to five times', () => {
    const expander = makeExpander(corpus);
    const count = (ws: string[], w: string) => ws.filter((x) => x === w).length;
    expect(count(expander.expand(words('werkzoekenden')), 'werkloze')).toBe(1);
    expect(count(expander.expand(words('werkzoekenden en nog werkzoekenden en een werkzoekende')), 'werkloze')).toBe(3);
    expect(count(expander.expand(words('werkzoekenden '.repeat(20))), 'werkloze')).toBe(5);
  });
});
