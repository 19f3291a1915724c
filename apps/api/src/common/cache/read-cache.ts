// Answers of read queries, kept until the data changes. Everything the dashboard reads changes only on a write (ingest,
// upload, correction, current-revision choice, profile, roster, deadline, admin edits), so one generation number,
// bumped by every write, invalidates them all at once: an entry is good only for the generation it was computed in.
// Writes by another process (the CLI's ingest into the same database) are not seen here; READ_CACHE_TTL_S bounds how
// long an answer can outlive them.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { appConfig } from '../../config/app-config';

export interface CachedAnswer {
  generation: number;
  body: string;
  contentType: string;
}

@Injectable()
export class ReadCache {
  private gen = 0;
  readonly enabled: boolean;
  private readonly lru: LRUCache<string, CachedAnswer>;

  constructor() {
    const { mb, ttlS } = appConfig().readCache;
    this.enabled = mb > 0;
    this.lru = new LRUCache<string, CachedAnswer>({
      maxSize: Math.max(1, mb) * 1024 * 1024,
      sizeCalculation: (a) => a.body.length * 2 + 200,
      ttl: ttlS * 1000 || undefined,
    });
  }

  get generation(): number {
    return this.gen;
  }

  /** Every write path calls this once its transaction has committed. */
  bump(): void {
    this.gen++;
    this.lru.clear();
  }

  static key(parts: readonly unknown[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  }

  get(key: string): CachedAnswer | undefined {
    const a = this.lru.get(key);
    return a && a.generation === this.gen ? a : undefined;
  }

  /** Stores an answer computed in `generation`; one computed across a write is dropped. */
  set(key: string, generation: number, body: string, contentType: string): void {
    if (!this.enabled || generation !== this.gen) return;
    this.lru.set(key, { generation, body, contentType });
  }
}
