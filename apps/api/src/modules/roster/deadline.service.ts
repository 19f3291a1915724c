// Deadlines by kind and level: the notices' dates unless the office set another for that year (a later notice may
// move a date). Collection, ranking and exports ask here, so one rule decides "late" everywhere.
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ADMIN_LEVELS, REPORT_KINDS, defaultDeadline, type AdminLevel, type ReportKind } from '@dh/domain';
import { DataSource } from 'typeorm';
import type { DeadlineModel } from './roster.model';
import { RosterRepository } from './roster.repository';

export type DueOf = (kind: ReportKind, level: AdminLevel | null) => string | null;

const COMPILED_LEVELS: AdminLevel[] = ['county', 'city', 'province'];

@Injectable()
export class DeadlineService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: RosterRepository,
  ) {}

  /** The due date of each kind and level for `year`. */
  async dueOf(year: number): Promise<DueOf> {
    return (await this.dueOfYears([year]))[0];
  }

  /**
   * The due dates of each of `years`, in that order, read in one query. Each answer is kept by kind and level: a
   * ranking asks once per report (1,000 a request) among a handful of kinds and levels.
   */
  async dueOfYears(years: number[]): Promise<DueOf[]> {
    const rows = await this.repo.deadlineOverrides(this.ds, years);
    return years.map((year) => {
      const over = new Map(rows.filter((o) => o.year === year).map((o) => [`${o.kind}|${o.level}`, o.due_on]));
      const known = new Map<string, string | null>();
      return (kind, level) => {
        if (kind === 'vertical') return null;
        const lv = kind === 'government_compiled' ? (level ?? '') : '';
        const k = `${kind}|${lv}`;
        let due = known.get(k);
        if (due === undefined) {
          due = over.get(k) ?? over.get(`${kind}|`) ?? defaultDeadline(kind, level, year);
          known.set(k, due);
        }
        return due;
      };
    });
  }

  async list(year: number): Promise<DeadlineModel[]> {
    const over = new Set((await this.repo.deadlineOverrides(this.ds, year)).map((o) => `${o.kind}|${o.level}`));
    const due = await this.dueOf(year);
    return REPORT_KINDS.flatMap((kind) =>
      (kind === 'government_compiled' ? COMPILED_LEVELS : [null]).map((level) => ({
        year,
        kind,
        level,
        dueOn: due(kind, level),
        source: over.has(`${kind}|${level ?? ''}`) ? ('office' as const) : ('notice' as const),
      })),
    );
  }

  async set(
    d: { year: number; kind: ReportKind; level: string | null; dueOn: string | null },
    by: string,
  ): Promise<DeadlineModel[]> {
    if (!Number.isInteger(d.year) || d.year < 2000 || d.year > 2100)
      throw new BadRequestException(`year: ${d.year} is not a report year`);
    if (d.kind === 'vertical')
      throw new BadRequestException('kind: vertical bodies report within their own system; no local deadline');
    if (d.level && !(ADMIN_LEVELS as readonly string[]).includes(d.level))
      throw new BadRequestException(`level: "${d.level}" is not a level`);
    if (d.dueOn !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(d.dueOn) || Number.isNaN(Date.parse(d.dueOn)))) {
      throw new BadRequestException(`dueOn: "${d.dueOn}" is not a date (YYYY-MM-DD)`);
    }
    if (d.dueOn !== null && d.dueOn <= `${d.year}-12-31`)
      throw new BadRequestException(`dueOn: ${d.dueOn} is before the year ${d.year} ends`);
    await this.ds.transaction(async (em) => {
      await this.repo.setDeadline(em, {
        year: d.year,
        kind: d.kind,
        level: d.kind === 'government_compiled' ? (d.level ?? '') : '',
        dueOn: d.dueOn,
        by,
      });
      await this.repo.log(em, by, 'roster_deadline', { year: d.year, kind: d.kind, level: d.level, dueOn: d.dueOn });
    });
    return this.list(d.year);
  }
}
