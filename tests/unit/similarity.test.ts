import { describe, expect, test } from 'vitest';
import { municipalities } from '../../src/places/municipalities';
import { figuresOf } from '../../src/places/figures';
import { peerIndex, similarityInputs } from '../../src/places/peers';
import { computePeers } from '../../src/places/similarity';

const byName = (name: string) => municipalities.find((m) => m.name === name)!;
const peersOf = (name: string) => peerIndex.all.get(byName(name).nis)!.map((p) => ({ ...figuresOf(p.nis), ...p, name: municipalities.find((m) => m.nis === p.nis)!.name }));

describe('gemeenten zoals de mijne', () => {
  test('every municipality has ten peers, most similar first, with a match percentage', () => {
    for (const m of municipalities) {
      const peers = peerIndex.all.get(m.nis)!;
      expect(peers).toHaveLength(10);
      expect(peers.map((p) => p.nis)).not.toContain(m.nis);
      for (let i = 1; i < peers.length; i++) expect(peers[i].distance).toBeGreaterThanOrEqual(peers[i - 1].distance);
      for (const p of peers) {
        expect(p.match).toBeGreaterThanOrEqual(0);
        expect(p.match).toBeLessThanOrEqual(100);
        expect(p.alike.length).toBeGreaterThanOrEqual(2);
      }
    }
  }, 60_000);

  test('the peers of a small rural municipality are small and rural', () => {
    const own = figuresOf(byName('Zuienkerke').nis);
    expect(own.population).toBeLessThan(5_000);
    for (const p of peersOf('Zuienkerke')) {
      expect(p.population, p.name).toBeLessThan(15_000);
      expect(p.density, p.name).toBeLessThan(250);
      expect(p.centrumstad, p.name).toBe(false);
    }
  });

  test('the peers of a centrumstad are large towns', () => {
    for (const p of peersOf('Mechelen')) expect(p.population, p.name).toBeGreaterThan(30_000);
  });

  test('same-province peers stay in the province', () => {
    const genk = byName('Genk');
    for (const p of peerIndex.sameProvince.get(genk.nis)!) {
      expect(municipalities.find((m) => m.nis === p.nis)!.province).toBe('limburg');
    }
  });

  test('stable when the data order changes, and deterministic', () => {
    const inputs = similarityInputs();
    const shuffled = [...inputs].reverse();
    shuffled.push(shuffled.shift()!);
    const a = computePeers(inputs);
    const b = computePeers(shuffled);
    const c = computePeers(inputs);
    const json = (x: ReturnType<typeof computePeers>) => JSON.stringify([[...x.all].sort(), [...x.sameProvince].sort()]);
    expect(json(b)).toBe(json(a));
    expect(json(c)).toBe(json(a));
  }, 60_000);
});
