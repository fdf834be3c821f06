import type { Base } from './load';

/**
 * A value derived from the whole base, computed on first use and kept for the rest of
 * the build: pages look things up instead of scanning every record.
 */
export function perBuild<T>(compute: (base: Base) => T): (base: Base) => T {
  const cache = new WeakMap<Base, T>();
  return (base) => {
    let value = cache.get(base);
    if (value === undefined) {
      value = compute(base);
      cache.set(base, value);
    }
    return value;
  };
}
