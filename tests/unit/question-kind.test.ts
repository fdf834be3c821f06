import { describe, expect, test } from 'vitest';
import { questionKind } from '../../src/lib/question-kind';

describe('self-assessment questions: closed (yes/partly/no) or open (notes)', () => {
  test.each([
    ['Is er een actief verenigingsleven?', 'closed'],
    ['Kunt u een tolk inschakelen als mensen elkaars taal niet spreken?', 'closed'],
    ['In hoeverre sluiten het personeelsbeleid en de procedures aan bij de visie op diversiteit?', 'closed'],
    ['Heeft de gemeente cijfers over hoeveel nieuwkomers deelnemen aan activiteiten en evenementen?', 'closed'],
    ['Hoe ziet dat verenigingsleven eruit?', 'open'],
    ['Over welke financiële middelen beschikt uw bestuur?', 'open'],
    ['Welke eerstelijnswerkers zijn actief op het terrein? Hebt u ze in kaart gebracht?', 'open'],
    ['Zet de stad vrijwilligers in bij bepaalde evenementen? Welk profiel hebben die vrijwilligers?', 'open'],
    ['Moeten medewerkers die opleiding volgen, of is ze vrijwillig?', 'open'],
  ])('%s → %s', (q, kind) => {
    expect(questionKind(q)).toBe(kind);
  });
});
