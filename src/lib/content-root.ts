import path from 'node:path';

/**
 * Folder that holds the four record folders, for the build. The real content sits at
 * the repository root; KAPSTOK_CONTENT_ROOT points a whole build (or `npm run check`)
 * at another folder. The validator takes the root as a parameter (`validateAll(root)`),
 * so tests check fixture folders in-process.
 */
export const contentRoot = path.resolve(process.env.KAPSTOK_CONTENT_ROOT ?? '.');

export const recordCollections = ['practices', 'recommendations', 'organisations', 'subsidies'] as const;
export type RecordCollection = (typeof recordCollections)[number];
