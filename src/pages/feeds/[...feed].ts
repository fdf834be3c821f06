import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBase } from '../../lib/records';
import { atomOf, feedsOf, type Feed } from '../../lib/feeds';

/** Atom feeds: /feeds/nieuw.atom, /feeds/thema/<domain>.atom, /feeds/provincie/<province>.atom. */
export const getStaticPaths = (async () => {
  const base = await loadBase();
  return feedsOf(base).map((feed) => ({ params: { feed: feed.path.replace(/^\/feeds\//, '') }, props: { feed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props, site }) =>
  new Response(atomOf(props.feed, site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
