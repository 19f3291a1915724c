// Habits a body keeps from year to year. Real lateness is not spread evenly: some offices post at the last minute
// and miss the deadline in many years (平潭综合实验区 posted its 2020, 2021, 2022 and 2024 reports in February or
// March, its 2019 report on 20 January), while most are on time every year. Its own random stream, so a seed's tables and faults are unchanged.
import type { SynthAgency } from './city';
import { Rng, subSeed } from './rng';

/** Share of bodies that habitually post late, and how often such a body misses in a year. */
export const LAST_MINUTE_BODIES = 0.25;
export const LAST_MINUTE_MISS = 0.4;

export class BodyHabits {
  private readonly rng: Rng;
  private readonly lastMinute: boolean;

  constructor(seed: number, a: SynthAgency) {
    this.rng = new Rng(subSeed(seed, `${a.name}·habits`));
    this.lastMinute = this.rng.chance(LAST_MINUTE_BODIES);
  }

  /** Days after the deadline the report goes up (negative: before), given the day the main stream drew. */
  postingDay(drawn: number): number {
    // Drawn every year, so one year's outcome does not shift the next year's.
    const miss = this.rng.chance(LAST_MINUTE_MISS),
      late = this.rng.int(1, 30);
    return drawn <= 0 && this.lastMinute && miss ? late : drawn;
  }
}
