// The address where readers report errors and accessibility problems. Plain JavaScript so that
// the pages, the build checks and the tests share it (as record-sections.mjs).
//
// Deployers set KAPSTOK_CONTACT at build time. Without it the site would still build, but every
// "Fout gezien?" link would point at the placeholder below, which reaches nobody: the build
// prints a warning so that a published site never carries it unnoticed.

/** Placeholder on the reserved .example domain (RFC 2606), like the default KAPSTOK_SITE. */
export const defaultContact = 'redactie@kapstok.example';

const emailPattern = /^[^\s@<>()",;:?&=/]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** The contact address for this build, validated. */
export function contactAddress(env = process.env) {
  const value = (env.KAPSTOK_CONTACT ?? '').trim();
  if (!value) return defaultContact;
  if (!emailPattern.test(value)) {
    throw new Error(`KAPSTOK_CONTACT: "${value}" is not an e-mail address (expected e.g. redactie@example.be)`);
  }
  return value;
}

/** True when the build uses the placeholder, i.e. KAPSTOK_CONTACT was not set. */
export function contactIsPlaceholder(env = process.env) {
  return contactAddress(env) === defaultContact;
}

/** A mailto: link with a subject and a body, both percent-encoded (RFC 6068). */
export function mailto(address, subject, body) {
  const q = [`subject=${encodeURIComponent(subject)}`];
  if (body) q.push(`body=${encodeURIComponent(body)}`);
  return `mailto:${address}?${q.join('&')}`;
}

/** The pre-filled report for one record page: its title in the subject, its canonical URL in the body. */
export function reportLink(address, title, url) {
  return mailto(
    address,
    `Fout gezien op Kapstok: ${title}`,
    `Pagina: ${url}\n\nWat klopt er niet? Wat moet er staan, en waar vond u dat (bron of website)?\n\n`,
  );
}
