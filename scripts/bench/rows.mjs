// The scale figures of `npm run bench`, as [label, value] rows.
import { siteFigures } from './site-figures.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gb = (n) => `${(n / 1024 ** 3).toFixed(2)} GB`;

export async function scaleRows({ out, records, corpus, run }) {
  const site = siteFigures(out);
  return [
    ['records', corpus ? `${records} (${corpus.real} real, ${corpus.synthetic} synthetic practices)` : String(records)],
    ['build wall time (check, astro build, index, checks)', `${run.wall.toFixed(1)} s`],
    ['build CPU time, whole process tree', `${run.cpu.toFixed(1)} s`],
    ['build CPU per record', `${((run.cpu * 1000) / records).toFixed(1)} ms`],
    ['build wall per record', `${((run.wall * 1000) / records).toFixed(1)} ms`],
    ['peak RSS, whole process tree', gb(run.peakTree)],
    ['peak RSS, largest process', `${gb(run.peakProcess)} (${run.peakProcessName})`],
    ['pages', String(site.pages)],
    ['sitemap files', String(site.sitemaps)],
    ...site.largest.map(([template, { file, bytes }]) => [`largest ${template}, gzip`, `${kb(bytes)} (${file.replace(/index\.html$/, '')})`]),
  ];
}
