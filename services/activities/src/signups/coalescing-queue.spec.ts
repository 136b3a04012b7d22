import { CoalescingQueue, type Outcome } from './coalescing-queue.js';

/** A decide function whose batches the test finishes by hand, so no timing is involved. */
function controlled() {
  const batches: { key: string; requests: number[]; finish: (outcomes?: Outcome<string>[]) => void }[] = [];
  const queue = new CoalescingQueue<number, string>(
    (key, requests) =>
      new Promise((resolve) => {
        batches.push({
          key,
          requests,
          finish: (outcomes) =>
            outcomes ? resolve(outcomes) : resolve(requests.map((r) => ({ ok: true, value: `${key}:${r}` }))),
        });
      }),
  );
  return { queue, batches };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('coalescing queue', () => {
  it('decides a lone request at once, in a batch of its own', async () => {
    const { queue, batches } = controlled();
    const answer = queue.submit('shift', 1);
    expect(batches.map((b) => b.requests)).toEqual([[1]]);
    batches[0].finish();
    await expect(answer).resolves.toBe('shift:1');
    expect(queue.busyKeys).toBe(0);
  });

  it('gathers the requests that arrive while a batch is decided into the next batch, in arrival order', async () => {
    const { queue, batches } = controlled();
    const answers = [1, 2, 3, 4].map((n) => queue.submit('shift', n));
    expect(batches.map((b) => b.requests)).toEqual([[1]]);
    batches[0].finish();
    await settle();
    expect(batches.map((b) => b.requests)).toEqual([[1], [2, 3, 4]]);
    const late = queue.submit('shift', 5);
    batches[1].finish();
    await settle();
    expect(batches.map((b) => b.requests)).toEqual([[1], [2, 3, 4], [5]]);
    batches[2].finish();
    expect(await Promise.all([...answers, late])).toEqual(['shift:1', 'shift:2', 'shift:3', 'shift:4', 'shift:5']);
    expect(queue.busyKeys).toBe(0);
    expect(queue.takeStats()).toEqual({ batches: 3, largestBatch: 3, mostKeysAtOnce: 1 });
    expect(queue.takeStats()).toEqual({ batches: 0, largestBatch: 0, mostKeysAtOnce: 0 });
  });

  it('runs batches of different keys side by side', () => {
    const { queue, batches } = controlled();
    void queue.submit('a', 1);
    void queue.submit('b', 2);
    void queue.submit('a', 3);
    expect(batches.map((b) => [b.key, b.requests])).toEqual([
      ['a', [1]],
      ['b', [2]],
    ]);
    expect(queue.busyKeys).toBe(2);
    expect(queue.takeStats()).toEqual({ batches: 2, largestBatch: 1, mostKeysAtOnce: 2 });
  });

  it('answers each request of a batch with its own outcome', async () => {
    const { queue, batches } = controlled();
    const first = queue.submit('shift', 1);
    const [ok, refused] = [queue.submit('shift', 2), queue.submit('shift', 3)];
    batches[0].finish();
    await first;
    await settle();
    batches[1].finish([
      { ok: true, value: 'placed' },
      { ok: false, error: new Error('already signed up') },
    ]);
    await expect(ok).resolves.toBe('placed');
    await expect(refused).rejects.toThrow('already signed up');
  });

  it('gives every request of a failed batch the error, and goes on with the next batch', async () => {
    let calls = 0;
    const queue = new CoalescingQueue<number, number>(async (_key, requests) => {
      calls += 1;
      if (calls === 1) throw new Error('database down');
      return requests.map((r) => ({ ok: true, value: r * 10 }));
    });
    const failed = queue.submit('shift', 1);
    const next = queue.submit('shift', 2);
    await expect(failed).rejects.toThrow('database down');
    await expect(next).resolves.toBe(20);
  });

  it('never puts more than the largest batch in one decision', async () => {
    const sizes: number[] = [];
    const queue = new CoalescingQueue<number, number>(async (_key, requests) => {
      sizes.push(requests.length);
      return requests.map((r) => ({ ok: true, value: r }));
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => queue.submit('shift', i)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });
});
