// The write paths in one place: every write the app makes in a transaction (ingest, upload, corrections, current
// revision, moves and merges, roster, deadlines, profiles, finding reviews) bumps the read cache's generation once its
// COMMIT has returned, whether it came through HTTP, the CLI, the monitor or a test calling a service.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { ReadCache } from './read-cache';

@Injectable()
export class ReadCacheSubscriber implements EntitySubscriberInterface {
  constructor(
    ds: DataSource,
    private readonly cache: ReadCache,
  ) {
    ds.subscribers.push(this);
  }

  afterTransactionCommit(): void {
    this.cache.bump();
  }
}
