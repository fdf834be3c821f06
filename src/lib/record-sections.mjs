// The URL section of each record type. Plain JavaScript so that the build checks,
// the benchmark and the tests (which do not go through Astro) share it with the pages.

/** Dutch URL segment per record collection. */
export const recordSections = {
  practices: 'praktijken',
  recommendations: 'aanbevelingen',
  organisations: 'organisaties',
  subsidies: 'subsidies',
};

const detail = new RegExp(`^/?(${Object.values(recordSections).join('|')})/[^/]+/(index\\.html)?$`);

/** True for a record's detail page, given as a URL path ("/praktijken/x/") or a built file ("praktijken/x/index.html"). */
export function isRecordPage(pathOrFile) {
  return detail.test(pathOrFile);
}
