// The _headers file carries the security policy the site depends on.
import fs from 'node:fs';
import path from 'node:path';

export const name = 'security headers';

export function check(dir) {
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) return ['_headers is missing'];
  const text = fs.readFileSync(file, 'utf8');
  const problems = [];
  const csp = /Content-Security-Policy: (.*)/.exec(text)?.[1] ?? '';
  if (!csp) problems.push('no Content-Security-Policy');
  if (/'unsafe-inline'|'unsafe-eval'/.test(csp)) problems.push('CSP allows unsafe-inline or unsafe-eval');
  if (!/frame-ancestors 'none'/.test(csp)) problems.push("CSP lacks frame-ancestors 'none'");
  if (!/default-src 'none'/.test(csp)) problems.push("CSP lacks default-src 'none'");
  const hsts = /Strict-Transport-Security: max-age=(\d+)(.*)/.exec(text);
  if (!hsts || Number(hsts[1]) < 31536000 || !/includeSubDomains/.test(hsts[2])) {
    problems.push('no Strict-Transport-Security of at least one year with includeSubDomains');
  }
  if (!/Cross-Origin-Resource-Policy: same-origin/.test(text)) problems.push('no Cross-Origin-Resource-Policy: same-origin');
  if (/interest-cohort/.test(text)) problems.push('Permissions-Policy lists the obsolete interest-cohort');
  if (!/X-Content-Type-Options: nosniff/.test(text)) problems.push('no X-Content-Type-Options: nosniff');
  if (!/Referrer-Policy: /.test(text)) problems.push('no Referrer-Policy');
  return problems;
}
