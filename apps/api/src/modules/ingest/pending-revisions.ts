// A batch's revisions between the decision and the write: IngestService decides file by file inside the batch's
// transaction, and one statement writes them all (IngestRepository.insertRevisions). Before a later file reads what an
// earlier one would change (the same bytes, the same report), the service flushes.
import type { EntityManager } from 'typeorm';
import type { IngestRepository } from './ingest.repository';
import type { RevisionPlan } from './revision-rows';

/** Revisions decided in a batch's transaction and not yet written: written together by one statement (flush). */
export class PendingRevisions {
  private plans: RevisionPlan[] = [];
  constructor(
    private readonly em: EntityManager,
    private readonly repo: IngestRepository,
    private readonly ids: string[],
  ) {}
  nextId(): string {
    return this.ids.shift()!;
  }
  add(plan: RevisionPlan): void {
    this.plans.push(plan);
  }
  has(pred: (p: RevisionPlan) => boolean): boolean {
    return this.plans.some(pred);
  }
  async flush(): Promise<void> {
    if (!this.plans.length) return;
    const plans = this.plans;
    this.plans = [];
    await this.repo.insertRevisions(this.em, plans);
  }
}
