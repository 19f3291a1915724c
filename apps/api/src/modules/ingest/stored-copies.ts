// What is stored under a batch's content hashes, read in one round trip when the batch starts (its hashes already
// locked, so no other ingest can add a copy meanwhile). The batch itself can: a hash it writes or a claim it makes
// is read again, alone, when a later file asks.
import type { EntityManager } from 'typeorm';
import type { IngestRepository, StoredRevision } from './ingest.repository';

export class StoredCopies {
  private constructor(
    private readonly em: EntityManager,
    private readonly repo: IngestRepository,
    private known: Map<string, StoredRevision[]>,
  ) {}

  static async read(em: EntityManager, repo: IngestRepository, hashes: string[]): Promise<StoredCopies> {
    return new StoredCopies(em, repo, await repo.revisionsWithHashes(em, hashes));
  }

  async of(hash: string): Promise<StoredRevision[]> {
    const hit = this.known.get(hash);
    return hit ?? (await this.repo.revisionsWithHashes(this.em, [hash])).get(hash)!;
  }

  /** The batch wrote a revision with these bytes: a later lookup reads it from the database. */
  written(hash: string): void {
    this.known.delete(hash);
  }

  /** A claim moved a report (with revisions under any hash): every later lookup reads again. */
  moved(): void {
    this.known = new Map();
  }
}
