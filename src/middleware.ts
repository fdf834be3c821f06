import { defineMiddleware } from 'astro:middleware';
import { typographicHtml } from './lib/typography';

/** Every page is rendered at build time; its text gets Dutch apostrophes and quotes in one place. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(typographicHtml(await response.text()), { status: response.status, headers: response.headers });
});
