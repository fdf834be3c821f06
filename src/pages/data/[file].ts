import type { APIRoute, GetStaticPaths } from 'astro';
import { recordCollections } from '../../lib/content-root';
import { buildDate } from '../../lib/build-date';
import { csvOf, dataFileBase, openData } from '../../lib/open-data/export';
import { catalogue, catalogueDescription, catalogueTitle } from '../../lib/open-data/catalogue';
import { licence } from '../../lib/open-data/licence';

/** The open data files under /data/: per record type JSON, CSV and JSON Schema, one combined JSON, the DCAT catalogue. */
const json = 'application/json; charset=utf-8';
const files: Record<string, string> = { 'kapstok.json': json, 'catalogus.jsonld': 'application/ld+json; charset=utf-8' };
for (const c of recordCollections) {
  files[`${dataFileBase(c)}.json`] = json;
  files[`${dataFileBase(c)}.csv`] = 'text/csv; charset=utf-8';
  files[`${dataFileBase(c)}.schema.json`] = 'application/schema+json';
}

export const getStaticPaths = (() => Object.keys(files).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = params.file!;
  const data = await openData(site!);
  const counts = Object.fromEntries(recordCollections.map((c) => [c, data.records[c].length])) as Record<(typeof recordCollections)[number], number>;
  let body: string;
  if (file === 'kapstok.json') {
    body = JSON.stringify({
      title: catalogueTitle,
      description: catalogueDescription,
      license: licence.url,
      attribution: licence.attribution,
      modified: buildDate.toISOString(),
      counts,
      ...data.records,
    });
  } else if (file === 'catalogus.jsonld') {
    body = JSON.stringify(catalogue(site!, counts), null, 2);
  } else {
    const c = recordCollections.find((c) => file.startsWith(`${dataFileBase(c)}.`))!;
    if (file.endsWith('.schema.json')) body = JSON.stringify(data.schemas[c], null, 2);
    else if (file.endsWith('.csv')) body = csvOf(data.schemas[c], data.records[c]);
    else body = JSON.stringify(data.records[c]);
  }
  return new Response(body, { headers: { 'Content-Type': files[file] } });
};
