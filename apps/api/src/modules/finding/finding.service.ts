import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { METRIC_BY_KEY } from '@dh/domain';
import { FindingKind, FindingStatus, type FindingFilterInput, type FindingModel } from './finding.model';
import { FindingRepository, type PairRow } from './finding.repository';
import { publicationText } from './publication-text';

export const MAX_FINDINGS = 2000;

function continuityText(p: PairRow): { zh: string; en: string; keys: string[] } {
  const m = METRIC_BY_KEY.get(p.key);
  if (p.key.startsWith('t3.carried_in.')) {
    const col = m?.colLabel ?? p.key;
    const prevKey = p.key.replace('carried_in', 'carried_out');
    return {
      keys: [p.key, prevKey],
      zh: `${p.year}年“二、上年结转”（${col}）为${p.actual}，与${p.year - 1}年“四、结转下年度继续办理”${p.expected}不一致`,
      en: `${p.year} ${m?.labelEn ?? 'carried over from last year'} is ${p.actual}, but ${p.year - 1} carried over to next year was ${p.expected}`,
    };
  }
  if (p.code === 'continuity.item_count') {
    return {
      keys: [p.key, p.key.replace('prev_items', 'change')],
      zh: `${p.year}年${m?.rowLabel ?? p.key}“上一年项目数量”为${p.actual}，应为${p.year - 1}年上一年项目数量+本年增/减=${p.expected}`,
      en: `${p.year} ${m?.labelEn ?? p.key} is ${p.actual}, expected ${p.year - 1}'s items last year + change = ${p.expected}`,
    };
  }
  return {
    keys: [p.key],
    zh: `${m?.rowLabel ?? p.key}现行有效件数${p.actual}，应为上年现行有效件数+本年制发−本年废止=${p.expected}`,
    en: `${m?.labelEn ?? p.key}: in force ${p.actual}, expected last year's in force + issued − repealed = ${p.expected}`,
  };
}

const isStoredId = (id: string): boolean => /^\d+$/.test(id);

/** What a filter asks for: its kinds, the filters the SQL applies, and whether computed findings (warnings, 现行有效 info) can match. */
function scopeOf(f: FindingFilterInput | undefined, limit: number) {
  return {
    kinds: new Set(f?.kinds?.length ? f.kinds : Object.values(FindingKind)),
    q: { severities: f?.severities, statuses: f?.statuses, codes: f?.codes, limit },
    computed: !f?.severities?.length || f.severities.includes('warning') || f.severities.includes('info'),
  };
}

@Injectable()
export class FindingService {
  constructor(private readonly repo: FindingRepository) {}

  async list(f: FindingFilterInput | undefined, limit: number, onlyId?: string): Promise<FindingModel[]> {
    const n = Math.min(Math.max(limit, 1), MAX_FINDINGS);
    const { kinds, q, computed } = scopeOf(f, n);
    const out: FindingModel[] = [];
    if (kinds.has(FindingKind.within) && (!onlyId || isStoredId(onlyId))) {
      for (const r of await this.repo.stored(f?.agency, f?.years, { ...q, id: onlyId })) {
        out.push({
          id: r.id,
          kind: FindingKind.within,
          code: r.code,
          severity: r.severity,
          status: r.status as FindingStatus,
          statusNote: r.status_note,
          messageZh: r.message_zh,
          messageEn: r.message_en,
          agencyId: r.agency_id,
          agencyName: r.agency_name,
          year: r.year,
          reportId: r.report_id,
          keys: r.keys ?? [],
          expected: null,
          actual: null,
          resolvedByCorrectionId: r.resolved_by,
        });
      }
    }
    // Each computed query stops at what the page can still show; an id of a stored finding needs none of them.
    if (!computed || (onlyId && isStoredId(onlyId))) return out;
    const add = (
      kind: FindingKind,
      rows: PairRow[],
      text: (p: PairRow) => { zh: string; en: string; keys: string[] },
    ): void => {
      for (const p of rows) {
        const t = text(p);
        out.push({
          id: p.fkey,
          kind,
          code: p.code,
          severity: p.severity,
          status: p.status as FindingStatus,
          statusNote: p.status_note,
          messageZh: t.zh,
          messageEn: t.en,
          agencyId: p.agency_id,
          agencyName: p.agency_name,
          year: p.year,
          reportId: p.report_id,
          keys: t.keys,
          expected: p.expected,
          actual: p.actual,
          resolvedByCorrectionId: null,
        });
      }
    };
    if (kinds.has(FindingKind.continuity) && out.length < n) {
      add(
        FindingKind.continuity,
        await this.repo.computed('continuity', f?.agency, f?.years, { ...q, id: onlyId, limit: n - out.length }),
        continuityText,
      );
    }
    if (kinds.has(FindingKind.hierarchy) && out.length < n) {
      add(
        FindingKind.hierarchy,
        await this.repo.computed('hierarchy', f?.agency, f?.years, { ...q, id: onlyId, limit: n - out.length }),
        (p) => ({
          keys: [p.key],
          zh: `本级政府汇总报告${METRIC_BY_KEY.get(p.key)?.rowLabel ?? p.key}为${p.actual}，${p.code === 'hierarchy.below_bodies' ? '小于' : '不等于'}所属机关合计${p.expected}（应逐级汇总）`,
          en: `compiled government report's ${METRIC_BY_KEY.get(p.key)?.labelEn ?? p.key} is ${p.actual}, ${p.code === 'hierarchy.below_bodies' ? 'below' : 'not equal to'} the sum of its bodies ${p.expected}`,
        }),
      );
    }
    if (kinds.has(FindingKind.publication) && out.length < n) {
      add(
        FindingKind.publication,
        await this.repo.computed('publication', f?.agency, f?.years, { ...q, id: onlyId, limit: n - out.length }),
        publicationText,
      );
    }
    return out;
  }

  /** How many findings match, without a limit: the same filters as list(), counted in SQL. */
  async count(f: FindingFilterInput | undefined): Promise<number> {
    const { kinds, q, computed } = scopeOf(f, 0);
    let n = kinds.has(FindingKind.within) ? await this.repo.countStored(f?.agency, f?.years, q) : 0;
    if (!computed) return n;
    for (const kind of ['continuity', 'hierarchy', 'publication'] as const) {
      if (kinds.has(FindingKind[kind])) n += await this.repo.countComputed(kind, f?.agency, f?.years, q);
    }
    return n;
  }

  async setStatus(id: string, status: FindingStatus, note: string | null, by: string): Promise<FindingModel> {
    if (status === FindingStatus.resolved)
      throw new BadRequestException('status: resolved follows from a cell correction (correctCell), not set by hand');
    if (isStoredId(id)) {
      if (!(await this.repo.setStored(id, status, note, by))) throw new NotFoundException(`finding ${id} not found`);
    } else {
      const m = /^(continuity|hierarchy|publication):(\d+):(\d{4}):([\w.]+)$/.exec(id);
      if (!m) throw new BadRequestException(`not a finding id: ${id}`);
      const found = await this.list(
        { agency: { ids: [Number(m[2])] }, years: [Number(m[3])], kinds: [m[1] as FindingKind] },
        MAX_FINDINGS,
        id,
      );
      if (!found.length) throw new NotFoundException(`finding ${id} not found`);
      await this.repo.setReview(id, status, note, by);
    }
    const [after] = await this.list(isStoredId(id) ? { kinds: [FindingKind.within] } : undefined, MAX_FINDINGS, id);
    if (!after) throw new NotFoundException(`finding ${id} not found`);
    return after;
  }
}
