// Unknown ids answer an error that names them, instead of an empty (and plausible-looking) answer: a region or body id
// in any query's arguments (filter.regionId, filter.ids, filter.agency.*, regionId, parentId, agencyId(s)) must exist.
import { type ArgumentMetadata, Injectable, NotFoundException, type PipeTransform } from '@nestjs/common';
import { RegionQueryRepository } from '../region/region-query.repository';
import { AgencyQueryRepository } from './agency-query.repository';

interface IdsInFilter {
  regionId?: number | null;
  ids?: number[] | null;
  agency?: IdsInFilter | null;
}

const REGION_ARGS = new Set(['regionId', 'parentId']);
const AGENCY_ARGS = new Set(['agencyId', 'agencyIds']);

@Injectable()
export class KnownIdsPipe implements PipeTransform {
  constructor(
    private readonly regions: RegionQueryRepository,
    private readonly agencies: AgencyQueryRepository,
  ) {}

  async transform(value: unknown, meta: ArgumentMetadata): Promise<unknown> {
    if (value === undefined || value === null || !meta.data) return value;
    const regionIds: number[] = [];
    const agencyIds: number[] = [];
    if (REGION_ARGS.has(meta.data) && typeof value === 'number') regionIds.push(value);
    if (AGENCY_ARGS.has(meta.data)) agencyIds.push(...[value].flat().filter((v): v is number => typeof v === 'number'));
    if (meta.data === 'filter' && typeof value === 'object') {
      for (const f of [value as IdsInFilter, (value as IdsInFilter).agency]) {
        if (f?.regionId != null) regionIds.push(f.regionId);
        if (f?.ids?.length) agencyIds.push(...f.ids);
      }
    }
    if (regionIds.length) await this.check('region', regionIds, await this.regions.existing(regionIds));
    if (agencyIds.length) await this.check('agency', agencyIds, await this.agencies.existing(agencyIds));
    return value;
  }

  private async check(kind: string, asked: number[], found: Set<number>): Promise<void> {
    const missing = [...new Set(asked.filter((id) => !found.has(id)))];
    if (missing.length === 1) throw new NotFoundException(`${kind} ${missing[0]} not found`);
    if (missing.length)
      throw new NotFoundException(`${kind === 'agency' ? 'agencies' : 'regions'} ${missing.join(', ')} not found`);
  }
}
