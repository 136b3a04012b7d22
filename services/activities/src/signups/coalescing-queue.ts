/** What one request of a batch came to: its own value, or its own error. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BatchStats {
  batches: number;
  largestBatch: number;
  mostKeysAtOnce: number;
}

interface Waiting<Req, Res> {
  request: Req;
  resolve: (value: Res) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces concurrent requests per key, the way ticketing systems queue buyers per event:
 * the first request for a key is decided at once, alone; requests that arrive while a batch
 * of that key is being decided wait and are decided together as the next batch, which starts
 * as soon as the previous one finishes. There is no timer: a lone request waits for nothing,
 * and a storm is decided in as few batches as the decisions take. Batches of different keys
 * run concurrently.
 *
 * `decide` answers each request of a batch in the same order; when it throws, every request
 * of that batch gets the error. One queue lives in one process: what holds across replicas
 * is up to `decide` (for sign-ups, the shift's row lock).
 */
export class CoalescingQueue<Req, Res> {
  /** Per key with a batch running: the requests waiting for the next one. */
  private readonly waiting = new Map<string, Waiting<Req, Res>[]>();

  constructor(
    private readonly decide: (key: string, requests: Req[]) => Promise<Outcome<Res>[]>,
    private readonly maxBatch = 1000,
  ) {}

  submit(key: string, request: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push({ request, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ request, resolve, reject }]);
      this.stats.mostKeysAtOnce = Math.max(this.stats.mostKeysAtOnce, this.waiting.size);
      void this.drain(key);
    });
  }

  private stats: BatchStats = { batches: 0, largestBatch: 0, mostKeysAtOnce: 0 };

  /** How the queue has batched since the last call: batches started, the largest, the most keys decided at once. */
  takeStats(): BatchStats {
    const taken = this.stats;
    this.stats = { batches: 0, largestBatch: 0, mostKeysAtOnce: this.waiting.size };
    return taken;
  }

  /** Keys with a batch being decided (for tests and metrics). */
  get busyKeys(): number {
    return this.waiting.size;
  }

  private async drain(key: string): Promise<void> {
    const queue = this.waiting.get(key)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      this.stats.batches += 1;
      this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
      let outcomes: Outcome<Res>[];
      try {
        outcomes = await this.decide(
          key,
          batch.map((w) => w.request),
        );
        if (outcomes.length !== batch.length)
          throw new Error(`${outcomes.length} outcomes for ${batch.length} requests`);
      } catch (error) {
        outcomes = batch.map(() => ({ ok: false, error }));
      }
      batch.forEach((w, i) => {
        const outcome = outcomes[i];
        if (outcome.ok) w.resolve(outcome.value);
        else w.reject(outcome.error);
      });
    }
    this.waiting.delete(key);
  }
}
