import { defineVocabulary } from './define';

/**
 * A practice record is either something a place did, or a tool to learn from
 * (the "Nog meer inspiratie" guides, publications, websites and checklists).
 */
export const practiceKinds = defineVocabulary('practiceKinds', [
  { slug: 'praktijk', label: 'Praktijk', description: 'Wat een gemeente, stad of organisatie concreet deed.' },
  { slug: 'publicatie', label: 'Publicatie of gids', description: 'Een boek, brochure, gids of handleiding.' },
  { slug: 'website', label: 'Website', description: 'Een website met informatie of voorbeelden.' },
  { slug: 'instrument', label: 'Instrument', description: 'Een checklist, afwegingskader, spel of ander hulpmiddel.' },
]);
