// Admission control for the API: at most `concurrency` requests work at once (one per pooled database connection, so a
// request that got in never waits for a connection), the rest wait in a bounded queue that is served round-robin by
// client, so one client's burst cannot push everyone else's requests to the back. A full queue, a client past its
// share, or a wait past `maxWaitMs` is refused at once with a retry hint: overload is a 503, never a slow 500.
// Hand-written: p-queue and p-limit bound concurrency but have neither per-client fairness nor a per-client bound.

export interface AdmissionOptions {
  concurrency: number;
  /** Waiting requests, all clients together. */
  maxQueue: number;
  /** Waiting requests of one client. */
  perClient: number;
  /** How long a request may wait for a slot before it is refused. */
  maxWaitMs: number;
}

export type Release = () => void;

/** Why a request was not admitted; `retryAfterS` is what the 503's Retry-After says. */
export class Overloaded extends Error {
  constructor(
    readonly reason: 'queue_full' | 'client_share' | 'wait_timeout',
    readonly retryAfterS: number,
  ) {
    super(
      reason === 'client_share'
        ? 'too many requests of this client are waiting; retry shortly'
        : reason === 'queue_full'
          ? 'the server is at capacity; retry shortly'
          : 'the server was too busy to start this request in time; retry shortly',
    );
  }
}

interface Waiter {
  admit: (r: Release) => void;
  refuse: (e: Overloaded) => void;
  timer: NodeJS.Timeout;
}

export class Admission {
  private running = 0;
  private waiting = 0;
  // Insertion order of the Map is the round-robin order: a served client goes to the back.
  private readonly queues = new Map<string, Waiter[]>();

  constructor(readonly opts: AdmissionOptions) {}

  get stats(): { running: number; waiting: number; clients: number } {
    return { running: this.running, waiting: this.waiting, clients: this.queues.size };
  }

  /** Resolves with a release function once the request may run; rejects with Overloaded when it may not. */
  acquire(client: string, maxWaitMs = this.opts.maxWaitMs): Promise<Release> {
    if (this.running < this.opts.concurrency && this.waiting === 0) return Promise.resolve(this.grant());
    const mine = this.queues.get(client) ?? [];
    if (this.waiting >= this.opts.maxQueue) return Promise.reject(new Overloaded('queue_full', this.retryAfter()));
    if (mine.length >= this.opts.perClient) return Promise.reject(new Overloaded('client_share', this.retryAfter()));
    return new Promise<Release>((admit, refuse) => {
      const w: Waiter = {
        admit,
        refuse,
        timer: setTimeout(() => {
          const q = this.queues.get(client);
          const i = q?.indexOf(w) ?? -1;
          if (!q || i < 0) return;
          q.splice(i, 1);
          if (!q.length) this.queues.delete(client);
          this.waiting--;
          refuse(new Overloaded('wait_timeout', this.retryAfter()));
        }, maxWaitMs),
      };
      w.timer.unref?.();
      mine.push(w);
      this.queues.set(client, mine);
      this.waiting++;
    });
  }

  private grant(): Release {
    this.running++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      this.next();
    };
  }

  private next(): void {
    while (this.running < this.opts.concurrency && this.waiting > 0) {
      const [client, q] = this.queues.entries().next().value as [string, Waiter[]];
      const w = q.shift() as Waiter;
      this.queues.delete(client);
      if (q.length) this.queues.set(client, q);
      this.waiting--;
      clearTimeout(w.timer);
      w.admit(this.grant());
    }
  }

  // A rough time for the queue ahead to drain, at least a second.
  private retryAfter(): number {
    return Math.max(1, Math.ceil(this.opts.maxWaitMs / 1000));
  }
}
