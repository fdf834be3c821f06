import type { Base } from '../lib/load';
import { perBuild } from '../lib/per-build';
import { municipalities } from './municipalities';
import { practicesOfMunicipality } from './municipality-page';

/** Practices per municipality NIS code (0 included), for maps and tables. */
export const practiceCounts = perBuild((base: Base) => new Map(municipalities.map((m) => [m.nis, practicesOfMunicipality(base, m.nis).length])));
