import path from 'node:path';

/**
 * Folder that holds the four record folders. The real content sits at the repository
 * root; tests point KAPSTOK_CONTENT_ROOT at a fixture folder to prove that bad
 * records are rejected.
 */
export const contentRoot = path.resolve(process.env.KAPSTOK_CONTENT_ROOT ?? '.');

export const recordCollections = ['practices', 'recommendations', 'organisations', 'subsidies'] as const;
export type RecordCollection = (typeof recordCollections)[number];
