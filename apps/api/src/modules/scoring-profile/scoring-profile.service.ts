import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { INDICATOR_KEYS, INDICATORS } from './indicators';
import type {
  IndicatorModel,
  IndicatorWeightInput,
  ScoringProfileInput,
  ScoringProfileModel,
} from './scoring-profile.model';
import { ScoringProfileRepository, type ProfileRow } from './scoring-profile.repository';

function toModel(r: ProfileRow): ScoringProfileModel {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    description: r.description,
    isDefault: r.is_default,
    createdAt: r.created_at,
    createdBy: r.created_by,
    weights: INDICATOR_KEYS.map((k) => ({ indicator: k, weight: r.weights[k] ?? 0 })),
  };
}

/** Validates weights: known indicators, finite and non-negative, not all zero. */
export function weightsOf(input: IndicatorWeightInput[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of input) {
    if (!INDICATOR_KEYS.includes(w.indicator))
      throw new BadRequestException(`unknown indicator: ${w.indicator} (known: ${INDICATOR_KEYS.join(', ')})`);
    if (!Number.isFinite(w.weight) || w.weight < 0)
      throw new BadRequestException(`weight of ${w.indicator} must be a number ≥ 0`);
    out[w.indicator] = w.weight;
  }
  if (!Object.values(out).some((v) => v > 0)) throw new BadRequestException('at least one weight must be above 0');
  return out;
}

@Injectable()
export class ScoringProfileService {
  constructor(private readonly repo: ScoringProfileRepository) {}

  indicators(): IndicatorModel[] {
    return INDICATORS;
  }

  async list(): Promise<ScoringProfileModel[]> {
    return (await this.repo.list()).map(toModel);
  }

  async get(id?: number | null): Promise<ScoringProfileModel> {
    // GraphQL hands an explicit `profileId: null` over as null: that means the default profile too.
    const row = await this.repo.byId(id ?? undefined);
    if (!row)
      throw new NotFoundException(id == null ? 'no default scoring profile' : `scoring profile ${id} not found`);
    return toModel(row);
  }

  /** A profile (the default one without `id`) and its earlier version (null: it is the first). */
  async withPrevious(id?: number | null): Promise<[ScoringProfileModel, ScoringProfileModel | null]> {
    const [row, earlier] = await this.repo.withPrevious(id ?? undefined);
    if (!row)
      throw new NotFoundException(id == null ? 'no default scoring profile' : `scoring profile ${id} not found`);
    return [toModel(row), earlier ? toModel(earlier) : null];
  }

  async save(input: ScoringProfileInput, by: string | null): Promise<ScoringProfileModel> {
    if (!input.name.trim()) throw new BadRequestException('profile name is empty');
    const id = await this.repo.save({
      name: input.name.trim(),
      description: input.description ?? null,
      weights: weightsOf(input.weights),
      makeDefault: input.makeDefault,
      by,
    });
    return this.get(id);
  }

  async setDefault(id: number): Promise<ScoringProfileModel> {
    if (!(await this.repo.setDefault(id))) throw new NotFoundException(`scoring profile ${id} not found`);
    return this.get(id);
  }
}
