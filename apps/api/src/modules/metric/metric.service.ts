// The catalogue as the API shows it. Pure: no database.
import { BadRequestException, Injectable } from '@nestjs/common';
import { METRIC_BY_KEY, METRICS, type MetricDef } from '@dh/domain';
import { Comparability, type MetricModel } from './metric.model';

export function toMetricModel(m: MetricDef): MetricModel {
  return {
    key: m.key,
    section: m.section,
    rowLabel: m.rowLabel,
    colLabel: m.colLabel,
    labelZh: `${m.rowLabel} · ${m.colLabel}`,
    labelEn: m.labelEn,
    unit: m.unit,
    templates: [...m.templates],
    comparability: m.comparability as Comparability,
    note: m.noteEn,
    noteZh: m.noteZh,
    noteEn: m.noteEn,
  };
}

@Injectable()
export class MetricService {
  list(f: { template?: string; section?: string; search?: string }): MetricModel[] {
    const q = f.search?.toLowerCase();
    return METRICS.filter(
      (m) =>
        (!f.template || m.templates.includes(f.template as '2019' | '2021')) &&
        (!f.section || m.section === f.section) &&
        (!q ||
          m.key.includes(q) ||
          m.labelEn.toLowerCase().includes(q) ||
          `${m.rowLabel}${m.colLabel}`.includes(f.search ?? '')),
    ).map(toMetricModel);
  }

  /** Throws a client error for an unknown key, so typos never read as "no data". */
  get(key: string): MetricDef {
    const m = METRIC_BY_KEY.get(key);
    if (!m) throw new BadRequestException(`unknown metric key: ${key}`);
    return m;
  }
}
