import { domainLabel, groupLabel, hrefOfUrl, provinceLabel, scopeLabel } from './format';
import { hrefOf, municipalitiesOf, placesOf, practicesOfSubsidy, yearOf, type AnyRecord, type Base } from './records';
import { licence } from './open-data/licence';

/**
 * schema.org JSON-LD for a record page: a WebPage (address, sources, licence, dates)
 * whose main entity is the record as schema.org knows it. Contact data and subsidy
 * lines carry the source year, because they are old data, never current ones.
 */
type Node = Record<string, unknown>;

const abs = (site: URL, path: string) => new URL(path, site).href;

/** Where a record applies: its municipalities, else its scope, else the area Kapstok covers as a whole. */
function spatialCoverage(record: AnyRecord, site: URL): Node[] {
  const places: Node[] = municipalitiesOf(record).map((m) => ({
    '@type': 'AdministrativeArea',
    name: m.name,
    identifier: { '@type': 'PropertyValue', propertyID: 'NIS', value: m.nis },
    url: abs(site, `/gemeenten/${m.slug}/`),
    containedInPlace: { '@type': 'AdministrativeArea', name: provinceLabel(m.province) },
  }));
  const scope = (record.data as { scope?: string }).scope;
  if (scope) places.push({ '@type': 'Place', name: scopeLabel(scope) });
  // Every record in Kapstok is about local integration policy in Flanders and Brussels.
  return places.length ? places : [{ '@type': 'Place', name: 'Vlaanderen en Brussel' }];
}

function about(record: AnyRecord, site: URL): Node[] {
  return record.data.domains.map((d) => ({ '@type': 'DefinedTerm', name: domainLabel(d), url: abs(site, `/thema/${d}/`) }));
}

function audience(record: AnyRecord): Node[] {
  return record.data.targetGroups.map((g) => ({ '@type': 'Audience', audienceType: groupLabel(g) }));
}

function citations(record: AnyRecord, base: Base, site: URL): Node[] {
  return record.data.sources.map((c) => {
    const s = base.source.get(c.source)!.data;
    return {
      '@type': 'CreativeWork',
      name: s.title,
      url: abs(site, `/bronnen/${c.source}/`),
      publisher: { '@type': 'Organization', name: s.publisher },
      datePublished: String(s.year),
    };
  });
}

const ref = (record: AnyRecord, site: URL, type: string): Node => ({ '@type': type, name: record.data.title, url: abs(site, hrefOf(record)) });

function entity(record: AnyRecord, base: Base, site: URL, url: string): Node {
  const common = { '@id': `${url}#fiche`, name: record.data.title, description: record.data.summary, mainEntityOfPage: { '@id': url } };
  const year = String(yearOf(record));
  switch (record.collection) {
    case 'practices':
    case 'recommendations': {
      const node: Node = {
        '@type': 'CreativeWork',
        ...common,
        url,
        inLanguage: 'nl-BE',
        about: about(record, site),
        spatialCoverage: spatialCoverage(record, site),
        temporalCoverage: year,
        isBasedOn: citations(record, base, site),
      };
      if (record.data.targetGroups.length) node.audience = audience(record);
      if (record.collection === 'practices') {
        const partners = record.data.organisations.map((id) => ref(base.organisation.get(id)!, site, 'Organization'));
        if (partners.length) node.contributor = partners;
        if (record.data.publisher) node.publisher = ref(base.organisation.get(record.data.publisher)!, site, 'Organization');
        if (record.data.subsidies.length) node.funding = record.data.subsidies.map((id) => ref(base.subsidy.get(id)!, site, 'MonetaryGrant'));
      } else if (record.data.issuer) {
        node.author = ref(base.organisation.get(record.data.issuer)!, site, 'Organization');
      }
      return node;
    }
    case 'organisations': {
      const d = record.data;
      const node: Node = { '@type': 'Organization', ...common };
      if (d.phone.length || d.email.length) {
        node.contactPoint = {
          '@type': 'ContactPoint',
          contactType: 'algemeen',
          // Old data: the page and this description both say which year the numbers are from.
          description: `Contactgegevens volgens de bron (${year}); ze kunnen intussen veranderd zijn.`,
          ...(d.phone.length ? { telephone: d.phone.length === 1 ? d.phone[0] : d.phone } : {}),
          ...(d.email.length ? { email: d.email.length === 1 ? d.email[0] : d.email } : {}),
        };
      }
      if (d.address) node.address = d.address;
      if (d.websites.length) node.sameAs = d.websites.map((w) => hrefOfUrl(w.url));
      const area = spatialCoverage(record, site);
      if (placesOf(record).length || d.scope) node.areaServed = area;
      if (d.parent) node.parentOrganization = ref(base.organisation.get(d.parent)!, site, 'Organization');
      return node;
    }
    case 'subsidies': {
      const d = record.data;
      const provider = d.providerOrganisation ? base.organisation.get(d.providerOrganisation) : undefined;
      const node: Node = {
        '@type': 'MonetaryGrant',
        ...common,
        description: `${record.data.summary} (Volgens de bron, ${year}; geen actuele oproep.)`,
        url,
        funder: provider ? ref(provider, site, 'Organization') : { '@type': 'Organization', name: d.provider },
      };
      const funded = practicesOfSubsidy(base, record.id);
      if (funded.length) node.fundedItem = funded.map((p) => ref(p, site, 'CreativeWork'));
      return node;
    }
  }
}

export interface PageDates {
  added: string;
  updated: string;
}

/** The JSON-LD graph of a record page. */
export function recordJsonLd(record: AnyRecord, base: Base, site: URL, dates?: PageDates): Node {
  const url = abs(site, hrefOf(record));
  const page: Node = {
    '@type': 'WebPage',
    '@id': url,
    url,
    name: record.data.title,
    description: record.data.summary,
    inLanguage: 'nl-BE',
    isPartOf: { '@type': 'WebSite', name: 'Kapstok', url: abs(site, '/') },
    mainEntity: { '@id': `${url}#fiche` },
    isBasedOn: citations(record, base, site),
    license: licence.url,
    ...(dates ? { datePublished: dates.added, dateModified: dates.updated } : {}),
  };
  const main = entity(record, base, site, url);
  if (dates && main['@type'] === 'CreativeWork') Object.assign(main, { datePublished: dates.added, dateModified: dates.updated });
  return { '@context': 'https://schema.org', '@graph': [page, main] };
}

/** JSON for inside a <script> element: "<" escaped so that no text can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
