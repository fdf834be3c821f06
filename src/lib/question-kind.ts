/**
 * The IncluCities guiding questions are of two kinds. A closed question ("Is er een
 * actief verenigingsleven?") gets a yes / partly / no choice; an open one ("Hoe ziet
 * dat verenigingsleven eruit?", "Welke middelen …?", "Moeten … of is ze vrijwillig?")
 * gets a notes field, because a tick would not say what the answer is.
 */
export type QuestionKind = 'closed' | 'open';

const QUESTION_WORD = /^(?:(?:over|in|met|bij|voor|op|aan|van)\s+)?(?:welke?|wat|hoe(?!verre)|wie|waar\w*|waarom|wanneer|hoeveel)\b/i;

export function questionKind(question: string): QuestionKind {
  const sentences = question.split(/(?<=\?)\s+/).map((s) => s.trim()).filter(Boolean);
  if (sentences.some((s) => QUESTION_WORD.test(s))) return 'open';
  // An either/or question ("… volgen, of is ze vrijwillig?") has no yes/no answer.
  if (/,\s+of\s/i.test(question)) return 'open';
  return 'closed';
}
