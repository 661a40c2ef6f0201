import { deferredJobs } from '../../src/taskpane/usecases/deferred';

interface Jobs {
  add(a: number, b: number): Promise<number>;
  name(): Promise<string>;
}

describe('deferredJobs', () => {
  it('loads nothing until a job is called, then loads once for every job and forwards the arguments', async () => {
    let loads = 0;
    const jobs = deferredJobs<Jobs>(
      async () => {
        loads += 1;
        return { add: async (a, b) => a + b, name: async () => 'loaded' };
      },
      { add: true, name: true },
    );
    expect(loads).toBe(0);
    expect(Object.keys(jobs).sort()).toEqual(['add', 'name']);
    await expect(Promise.all([jobs.add(2, 3), jobs.name(), jobs.add(1, 1)])).resolves.toEqual([5, 'loaded', 2]);
    expect(loads).toBe(1);
  });

  it('rejects the call when the load fails and loads again on the next call', async () => {
    let loads = 0;
    const failure = Object.assign(new Error('Loading chunk 1 failed.'), { name: 'ChunkLoadError' });
    const jobs = deferredJobs<Jobs>(
      async () => {
        loads += 1;
        if (loads === 1) throw failure;
        return { add: async (a, b) => a + b, name: async () => 'second' };
      },
      { add: true, name: true },
    );
    await expect(jobs.name()).rejects.toBe(failure);
    await expect(jobs.name()).resolves.toBe('second');
    expect(loads).toBe(2);
  });

  it('passes a job’s own rejection through as it is', async () => {
    const own = new RangeError('bad quarter');
    const jobs = deferredJobs<Jobs>(async () => ({ add: async () => Promise.reject(own), name: async () => '' }), { add: true, name: true });
    await expect(jobs.add(1, 2)).rejects.toBe(own);
  });
});
