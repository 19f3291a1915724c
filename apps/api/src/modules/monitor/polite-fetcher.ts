// Polite, bounded fetching for the publication monitor: robots.txt respected (robots-parser), one request at a time
// per host with a delay between them, a timeout per request, retries with backoff on 5xx and network faults, a size
// cap, a redirect cap, http(s) only and the SSRF guard on every hop and on every socket's addresses. undici's fetch
// does the HTTP, through an Agent whose DNS lookup is guarded (Node's built-in fetch takes no such Agent). The per-host
// queue is a few lines of promise chaining: a scheduler library would add more than it saves here.
import robotsParser from 'robots-parser';
import { Agent, fetch, type Response } from 'undici';
import { assertPublic, connectLookup, FetchRefused, systemResolve, type Resolve } from './address-guard';

export interface FetchOptions {
  /** Pause between two requests to the same host. */
  hostDelayMs: number;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  maxRedirects: number;
  /** Hosts allowed although they resolve to private or loopback addresses. */
  allowHosts: string[];
  userAgent: string;
  /** DNS resolution (a test plays a rebinding resolver here). */
  resolve?: Resolve;
}

export const DEFAULT_FETCH: FetchOptions = {
  hostDelayMs: 1000,
  timeoutMs: 15000,
  retries: 2,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  allowHosts: [],
  userAgent: 'DisclosureHub-monitor/1.0',
};

export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  bytes: Buffer;
  fetchedAt: Date;
  location?: string;
}
export type FetchResult =
  | Fetched
  | { url: string; error: string; kind: 'refused' | 'disallowed' | 'timeout' | 'failed' | 'too_large' | 'redirects' };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class PoliteFetcher {
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly lastAt = new Map<string, number>();
  private readonly robots = new Map<string, Promise<ReturnType<typeof robotsParser> | null>>();
  private readonly allow: Set<string>;
  private readonly resolve: Resolve;
  private readonly agent: Agent;
  /** Requests actually sent, per host (the politeness test and the benchmark read it). */
  readonly sent: { host: string; at: number; url: string }[] = [];

  constructor(private readonly o: FetchOptions = DEFAULT_FETCH) {
    this.allow = new Set(o.allowHosts);
    this.resolve = o.resolve ?? systemResolve;
    this.agent = new Agent({ connect: { lookup: connectLookup(this.allow, this.resolve) } });
  }

  /** Closes the pass's sockets. */
  close(): Promise<void> {
    return this.agent.close();
  }

  async get(url: string): Promise<FetchResult> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return { url, error: 'not a URL', kind: 'refused' };
    }
    try {
      await assertPublic(u, this.allow, this.resolve);
      if (!(await this.allowedByRobots(u))) return { url, error: 'disallowed by robots.txt', kind: 'disallowed' };
      return await this.follow(u, 0);
    } catch (e) {
      if (e instanceof FetchRefused) return { url, error: e.reason, kind: 'refused' };
      throw e;
    }
  }

  private async follow(u: URL, hops: number): Promise<FetchResult> {
    if (hops > this.o.maxRedirects)
      return { url: u.href, error: `more than ${this.o.maxRedirects} redirects`, kind: 'redirects' };
    const r = await this.withRetries(u);
    if ('error' in r || !r.location) return r;
    const next = new URL(r.location, u);
    await assertPublic(next, this.allow, this.resolve);
    if (!(await this.allowedByRobots(next)))
      return { url: next.href, error: 'disallowed by robots.txt', kind: 'disallowed' };
    return this.follow(next, hops + 1);
  }

  private async withRetries(u: URL): Promise<FetchResult> {
    let last: FetchResult = { url: u.href, error: 'not fetched', kind: 'failed' };
    for (let attempt = 0; attempt <= this.o.retries; attempt++) {
      if (attempt > 0) await sleep(Math.min(200 * 2 ** attempt, 5000));
      last = await this.once(u);
      // Retry what may pass later: network faults and server errors, never a timeout (a slow host stays slow).
      const retry = 'error' in last ? last.kind === 'failed' : last.status >= 500;
      if (!retry) return last;
    }
    return last;
  }

  /** One request, queued behind the host's previous one and spaced by the host delay. */
  private once(u: URL): Promise<FetchResult> {
    const host = u.host;
    const run = async (): Promise<FetchResult> => {
      const wait = (this.lastAt.get(host) ?? 0) + this.o.hostDelayMs - Date.now();
      if (wait > 0) await sleep(wait);
      this.lastAt.set(host, Date.now());
      this.sent.push({ host, at: Date.now(), url: u.href });
      try {
        const res = await fetch(u, {
          redirect: 'manual',
          signal: AbortSignal.timeout(this.o.timeoutMs),
          headers: { 'user-agent': this.o.userAgent },
          dispatcher: this.agent,
        });
        if (res.status >= 300 && res.status < 400) {
          await res.body?.cancel();
          return {
            url: u.href,
            status: res.status,
            contentType: '',
            bytes: Buffer.alloc(0),
            fetchedAt: new Date(),
            location: res.headers.get('location') ?? undefined,
          };
        }
        const bytes = await this.readCapped(res, u.href);
        if ('error' in bytes) return bytes;
        return {
          url: u.href,
          status: res.status,
          contentType: res.headers.get('content-type') ?? '',
          bytes: bytes.buf,
          fetchedAt: new Date(),
        };
      } catch (e) {
        const name = (e as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError')
          return { url: u.href, error: `no answer within ${this.o.timeoutMs} ms`, kind: 'timeout' };
        const cause = (e as { cause?: unknown }).cause;
        if (cause instanceof FetchRefused) return { url: u.href, error: cause.reason, kind: 'refused' };
        return { url: u.href, error: (e as Error).message, kind: 'failed' };
      } finally {
        this.lastAt.set(host, Date.now());
      }
    };
    const prev = this.chains.get(host) ?? Promise.resolve();
    const p = prev.then(run, run);
    this.chains.set(
      host,
      p.catch(() => undefined),
    );
    return p;
  }

  private async readCapped(
    res: Response,
    url: string,
  ): Promise<{ buf: Buffer } | Extract<FetchResult, { error: string }>> {
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > this.o.maxBytes) {
      await res.body?.cancel();
      return { url, error: `larger than ${this.o.maxBytes} bytes`, kind: 'too_large' };
    }
    const parts: Buffer[] = [];
    let n = 0;
    for await (const chunk of res.body ?? []) {
      n += chunk.length;
      if (n > this.o.maxBytes) return { url, error: `larger than ${this.o.maxBytes} bytes`, kind: 'too_large' };
      parts.push(Buffer.from(chunk));
    }
    return { buf: Buffer.concat(parts) };
  }

  private async allowedByRobots(u: URL): Promise<boolean> {
    const origin = u.origin;
    let p = this.robots.get(origin);
    if (!p) {
      const robotsUrl = `${origin}/robots.txt`;
      p = this.once(new URL(robotsUrl)).then((r) =>
        'error' in r || r.status >= 400 ? null : robotsParser(robotsUrl, r.bytes.toString('utf8')),
      );
      this.robots.set(origin, p);
    }
    const robots = await p;
    return !robots || robots.isAllowed(u.href, this.o.userAgent) !== false;
  }
}
