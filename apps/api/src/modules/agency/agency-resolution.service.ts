// Which body a report belongs to: an exact name or alias match; a full name printed or given creates the body;
// anything else is stored under a placeholder marked "unresolved", with candidates for an admin. Never dropped.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RegionRepository } from '../region/region.repository';
import { agencyLevelOf, candidateNames, isFullName, type AgencyHints } from './agency-names';
import { agencyTypeOf } from './agency-type.util';
import { AgencyRepository, type AgencyRow } from './agency.repository';

export type AgencyMatch = 'exact' | 'alias' | 'given' | 'created' | 'unresolved';

export interface AgencyResolution {
  agency: AgencyRow;
  match: AgencyMatch;
  /** For unresolved reports: the names an admin may choose from. */
  candidates: string[] | null;
}

export const UNRESOLVED_PREFIX = '未识别机关';

@Injectable()
export class AgencyResolutionService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly regions: RegionRepository,
  ) {}

  /** The known body a name or alias names, if any; within the given region when one is (see AgencyRepository.findByName). */
  async lookup(em: EntityManager, name: string, regionPath?: string[]): Promise<number | null> {
    return (await this.agencies.findByName(em, name, await this.within(em, regionPath)))?.id ?? null;
  }

  /** The stored regions a given path names: [] when it names none yet (then no body is in it); null when none is given. */
  private async within(em: EntityManager, regionPath: string[] | undefined): Promise<number[] | null> {
    return regionPath?.length ? this.regions.findPath(em, regionPath) : null;
  }

  async resolve(em: EntityManager, hints: AgencyHints, synthetic: boolean): Promise<AgencyResolution> {
    const names = candidateNames(hints);
    // A name given with the file is trusted: it is looked up alone, and created if new (the printed one is not consulted).
    const given = hints.given?.replace(/\s+/g, '') || null;
    const regions = await this.within(em, hints.regionPath);
    for (const name of given ? [given] : names) {
      const found = await this.agencies.findByName(em, name, regions);
      if (found) return { agency: found, match: found.via, candidates: null };
    }
    // A path naming one stored region is that region (`鞍山市` alone is 辽宁省/鞍山市); else it is created as given.
    const regionId =
      regions?.length === 1
        ? regions[0]
        : hints.regionPath?.length
          ? await this.regions.ensurePath(em, hints.regionPath, synthetic)
          : null;
    const regionLevel = hints.regionPath?.length ? agencyLevelOf(hints.regionPath.at(-1)!) : null;
    const full = given ?? names.find((n) => n === hints.printed?.replace(/\s+/g, '') && isFullName(n)) ?? null;
    if (full) {
      const agency = await this.agencies.create(em, {
        name: full,
        type: agencyTypeOf(full),
        status: 'resolved',
        synthetic,
        regionId,
        level: agencyLevelOf(full, regionLevel),
      });
      return { agency, match: given ? 'given' : 'created', candidates: null };
    }
    // One placeholder per file, so a re-ingest of a changed file becomes a new revision of the same report.
    const type = agencyTypeOf(names[0] ?? '');
    const similar = type === 'other' ? [] : await this.agencies.similar(em, type, regionId);
    const candidates = [...new Set([...names, ...similar])];
    const agency = await this.agencies.create(em, {
      name: `${UNRESOLVED_PREFIX}（${hints.fileName}）`,
      type,
      status: 'unresolved',
      synthetic,
      regionId,
      level: regionLevel,
    });
    return { agency, match: 'unresolved', candidates };
  }
}
