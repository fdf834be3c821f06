import { gather, hrefOf, loadBase, type AnyRecord, type Base, type Gathered, type Practice, type Source } from './records';
import { PREVIEW_SIZE, paginate, type Group, type Paged } from './pagination';
import { domains } from '../vocab/domains';
import { organisationKinds } from '../vocab/organisation-kinds';
import { recommendationTypes } from '../vocab/recommendation-types';
import { subsidyLevels } from '../vocab/subsidy-levels';
import type { Term } from '../vocab/define';

/**
 * The four list pages (/praktijken/, /aanbevelingen/, /organisaties/, /subsidies/):
 * records grouped under the terms of a vocabulary, cut into pages. Built once per
 * build; the list pages, their later pages and links into a group all read these.
 */
export interface RecordLists {
  practices: Paged<AnyRecord>;
  recommendations: Paged<AnyRecord>;
  organisations: Paged<AnyRecord>;
  subsidies: Paged<AnyRecord>;
}

function byTerm<T extends AnyRecord>(terms: readonly Term[], records: T[], termOf: (r: T) => string, describe = false): Group<AnyRecord>[] {
  const buckets = new Map<string, T[]>(terms.map((t) => [t.slug, []]));
  for (const r of records) buckets.get(termOf(r))?.push(r);
  return terms.map((t) => ({ id: t.slug, label: t.label, description: describe ? t.description : undefined, records: buckets.get(t.slug)! }));
}

function build(base: Base): RecordLists {
  const practices = base.practices.filter((p) => p.data.kind === 'praktijk');
  const tools = base.practices.filter((p) => p.data.kind !== 'praktijk');
  return {
    // Each practice is listed once, under its main (first) domain; guides and tools follow.
    practices: paginate('/praktijken/', [
      ...byTerm(domains.terms, practices, (p) => p.data.domains[0]),
      { id: 'hulpmiddelen', label: 'Publicaties en hulpmiddelen', records: tools },
    ]),
    recommendations: paginate('/aanbevelingen/', byTerm(recommendationTypes.terms, base.recommendations, (r) => r.data.type, true)),
    organisations: paginate('/organisaties/', byTerm(organisationKinds.terms, base.organisations, (o) => o.data.kind)),
    subsidies: paginate('/subsidies/', byTerm(subsidyLevels.terms, base.subsidies, (s) => s.data.level)),
  };
}

let lists: Promise<RecordLists> | undefined;

export function recordLists(): Promise<RecordLists> {
  lists ??= loadBase().then(build);
  return lists;
}

/** Title, meta description and jump-link heading of each list, shared by its page 1 and later pages. */
export interface ListPageMeta {
  title: string;
  description: string;
  navLabel: string;
  /** A note shown on every page of the list, e.g. that contact data and subsidy lines are old. */
  notice?: { strong?: string; text: string };
}

export const listPages: Record<keyof RecordLists, ListPageMeta> = {
  practices: {
    title: 'Praktijken',
    description: 'Inspirerende praktijken van Vlaamse en Brusselse gemeenten rond integratie, per thema.',
    navLabel: 'Naar thema',
  },
  recommendations: {
    title: 'Aanbevelingen',
    description: 'Aanbevelingen, sleutelfactoren en hete hangijzers voor lokaal integratiebeleid, gekoppeld aan praktijken.',
    navLabel: 'Naar soort',
  },
  organisations: {
    title: 'Organisaties',
    description: 'Partners en ondersteuners voor lokaal integratiebeleid, met contactgegevens zoals de bronnen ze vermelden.',
    navLabel: 'Naar soort',
    notice: { text: 'De contactgegevens zijn die van de bron, meestal uit 2013. Veel organisaties zijn sindsdien hernoemd of samengegaan. Elke fiche vermeldt het jaar.' },
  },
  subsidies: {
    title: 'Subsidies',
    description: 'Subsidielijnen voor lokaal integratiebeleid zoals de bronnen ze beschreven.',
    navLabel: 'Naar niveau',
    notice: {
      strong: 'Geen actuele oproepen.',
      text: 'Elke lijn staat hier zoals de bron haar beschreef, meestal in 2013. Veel lijnen zijn intussen veranderd of gestopt. Gebruik ze als spoor, en vraag de huidige regeling na bij de verstrekker.',
    },
  },
};

/**
 * The practices of one organisation, subsidy line or recommendation. Its own page shows
 * the first PREVIEW_SIZE; when there are more, all of them get a paginated list at
 * `<record>/praktijken/`.
 */
export interface PracticeList {
  /** The first practices, for the record's own page. */
  preview: Practice[];
  total: number;
  /** The full list, only when the preview leaves practices out. */
  list?: Paged<AnyRecord>;
}

export function practiceList(owner: AnyRecord, practices: Practice[]): PracticeList {
  const long = practices.length > PREVIEW_SIZE;
  return {
    preview: practices.slice(0, PREVIEW_SIZE),
    total: practices.length,
    list: long ? paginate(`${hrefOf(owner)}praktijken/`, [{ id: 'praktijken', label: 'Praktijken', records: practices }]) : undefined,
  };
}

/** Static paths for the full practice lists of some records: page 1 at `praktijken/`, page n at `praktijken/pagina/n/`. */
export function practiceListPaths<T extends AnyRecord>(owners: { record: T; practices: Practice[] }[]) {
  return owners.flatMap(({ record, practices }) => {
    const { list } = practiceList(record, practices);
    if (!list) return [];
    return list.pages.map((_, i) => ({
      params: { slug: record.id, page: i === 0 ? undefined : `pagina/${i + 1}` },
      props: { record, list, number: i + 1 },
    }));
  });
}

/** The sections of a hub, in the order readers look for them; `type` is the search filter value. */
export function hubSections(gathered: Gathered): { id: string; title: string; type: string; what: string; records: AnyRecord[] }[] {
  return [
    { id: 'praktijken', title: 'Praktijken', type: 'practices', what: 'praktijken', records: gathered.practices.filter((p) => p.data.kind === 'praktijk') },
    { id: 'aanbevelingen', title: 'Aanbevelingen', type: 'recommendations', what: 'aanbevelingen', records: gathered.recommendations },
    { id: 'organisaties', title: 'Organisaties', type: 'organisations', what: 'organisaties', records: gathered.organisations },
    { id: 'subsidies', title: 'Subsidies', type: 'subsidies', what: 'subsidies', records: gathered.subsidies },
    { id: 'hulpmiddelen', title: 'Publicaties en hulpmiddelen', type: 'hulpmiddel', what: 'publicaties en hulpmiddelen', records: gathered.practices.filter((p) => p.data.kind !== 'praktijk') },
  ];
}

/** All records of a hub as one paginated list, a group per section (e.g. everything from one source). */
export function hubList(listHref: string, gathered: Gathered): Paged<AnyRecord> {
  return paginate(listHref, hubSections(gathered).map((s) => ({ id: s.id, label: s.title, records: s.records })));
}

/** Everything one source contributes, and its full paginated list when the source page cannot show it all. */
export interface SourceRecords {
  source: Source;
  gathered: Gathered;
  list?: Paged<AnyRecord>;
}

let bySource: Promise<SourceRecords[]> | undefined;

export function sourceRecords(): Promise<SourceRecords[]> {
  bySource ??= loadBase().then((base) => {
    const cited = new Map<string, Set<AnyRecord>>(base.sources.map((s) => [s.id, new Set()]));
    for (const r of [...base.practices, ...base.recommendations, ...base.organisations, ...base.subsidies]) {
      for (const c of r.data.sources) cited.get(c.source)?.add(r);
    }
    return base.sources.map((source) => {
      const gathered = gather(base, (r) => cited.get(source.id)!.has(r));
      const long = hubSections(gathered).some((s) => s.records.length > PREVIEW_SIZE);
      return { source, gathered, list: long ? hubList(`/bronnen/${source.id}/fiches/`, gathered) : undefined };
    });
  });
  return bySource;
}
