import { AnalysisCache } from './analysis-cache';

describe('AnalysisCache', () => {
  it('computes a key once and shares the result, also between concurrent callers', async () => {
    const cache = new AnalysisCache();
    let runs = 0;
    const compute = async () => {
      runs++;
      return 42;
    };
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect([a, b, runs]).toEqual([42, 42, 1]);
    expect(await cache.get('other', compute)).toBe(42);
    expect(runs).toBe(2);
  });

  it('forgets a failed computation so the next caller tries again', async () => {
    const cache = new AnalysisCache();
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(cache.get('k', async () => 'ok')).resolves.toBe('ok');
  });

  it('keeps at most 200 entries, dropping the least recently used', async () => {
    const cache = new AnalysisCache();
    for (let i = 0; i < 201; i++) await cache.get(`k${i}`, async () => i);
    expect(cache.size).toBe(200);
    let recomputed = false;
    await cache.get('k0', async () => {
      recomputed = true;
      return 0;
    });
    expect(recomputed).toBe(true);
  });
});
