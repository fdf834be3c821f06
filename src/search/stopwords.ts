/**
 * Dutch words that carry no topic in a search: articles, pronouns, prepositions,
 * auxiliaries and question words. People ask questions ("hoe betrek ik verenigingen
 * bij het beleid"); without these words the topic words remain. Folded (no accents).
 * Words that can carry meaning on their own in this corpus ("samen", "nieuw", "werk",
 * "zonder", "tegen") are deliberately not here.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `de het een en of maar dus want als dan toch ook nog al wel niet geen
  ik je jij u hij zij ze we wij jullie men mij me mijn jouw uw zijn haar ons onze hun hen
  die dat deze dit daar hier er wat wie welk welke waar waarom wanneer hoe hoeveel waarmee waarover
  van voor met in op aan bij naar uit tot om over door onder tussen tegenover na te ten ter
  is ben bent zijn was waren wordt worden werd werden word kan kun kunt kunnen kon konden
  moet moeten moest mag mogen mocht wil wilt willen wou zal zult zullen zou zouden
  heb hebt heeft hebben had hadden doe doet doen deed gaat gaan ga laat laten krijg krijgt krijgen
  iets iemand alle allemaal elk elke ieder iedere zo zoals meer veel weinig erg heel
  even eens nu toen dan graag best goed welke soort manier
  'n`.split(/\s+/).filter(Boolean),
);

/** Whether a folded word is a stop word. Single letters and digits count as stop words. */
export function isStopWord(w: string): boolean {
  return stopWords.has(w) || (w.length < 2 && !/\d/.test(w));
}
