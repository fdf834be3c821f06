import { domains } from '../vocab/domains';
import { targetGroups } from '../vocab/target-groups';
import { scopes, provinces } from '../vocab/provinces';

/** A web address as printed ("www.odice.be") to a working href; sources often omit the scheme: use https. */
export function hrefOfUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

/** A printed phone number that never breaks across lines (non-breaking spaces and hyphens). */
export function telText(phone: string): string {
  return phone.replace(/ /g, '\u00A0').replace(/-/g, '\u2011');
}

/** "tel:" link for a printed Belgian number. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? digits : `+32${digits.slice(1)}`}`;
}

export const domainLabel = (slug: string) => domains.get(slug).label;
export const groupLabel = (slug: string) => targetGroups.get(slug).label;
export const scopeLabel = (slug: string) => scopes.get(slug).label;
export const provinceLabel = (slug: string) => provinces.get(slug).label;


const number = new Intl.NumberFormat('nl-BE');
export const formatNumber = (n: number) => number.format(n);
