// A batch's files of one body (a body's years, given with the same name and region) resolve that body once per
// transaction: the later files take the first one's answer instead of two lookups each. What the lookup would have
// said changes in one way only: a body the first file created is found by its name afterwards ('exact').
// Files without a given name resolve from what they print, each its own way (placeholders are per file): never kept.
import type { EntityManager } from 'typeorm';
import type { AgencyHints } from '../agency/agency-names';
import type { AgencyResolution, AgencyResolutionService } from '../agency/agency-resolution.service';

export class BatchResolutions {
  private readonly known = new Map<string, AgencyResolution>();
  constructor(
    private readonly em: EntityManager,
    private readonly resolution: AgencyResolutionService,
  ) {}

  async resolve(hints: AgencyHints, synthetic: boolean): Promise<AgencyResolution> {
    const given = hints.given?.replace(/\s+/g, '');
    const key = given ? JSON.stringify([given, hints.regionPath ?? [], synthetic]) : null;
    const hit = key ? this.known.get(key) : undefined;
    if (hit) return hit;
    const res = await this.resolution.resolve(this.em, hints, synthetic);
    if (key && res.agency.status === 'resolved' && res.match !== 'unresolved') {
      this.known.set(key, { agency: res.agency, match: res.match === 'alias' ? 'alias' : 'exact', candidates: null });
    }
    return res;
  }

  /** A claim moved a report between bodies: resolve afresh. */
  forget(): void {
    this.known.clear();
  }
}
