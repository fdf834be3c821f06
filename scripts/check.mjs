#!/usr/bin/env node
// `npm run check`: validate every record without building pages.
import { validateRecords } from './validate.mjs';

const ok = await validateRecords();
if (ok) console.log('All records are valid.');
process.exit(ok ? 0 : 1);
