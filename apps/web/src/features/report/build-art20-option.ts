// Table 二 (Art. 20) of one report as a horizontal bar chart: one bar per count cell, amounts left out
// because 元/万元 on the same axis as counts would flatten every other bar.
import { METRIC_BY_KEY } from '@dh/domain';
import type { ECOption } from '../../charts/echarts';

export interface Art20Cell {
  key: string;
  rowLabel: string;
  colLabel: string;
  value: number | null;
  raw: string;
  unit?: string | null;
}

const AMOUNT_UNITS = new Set(['元', '万元']);

/** A cell's name: the template's own words in Chinese, the catalogue's English label otherwise (when it has one). */
export function art20Label(c: Art20Cell, lang: 'zh' | 'en'): string {
  const en = lang === 'en' ? METRIC_BY_KEY.get(c.key)?.labelEn : undefined;
  return en ?? `${c.rowLabel}·${c.colLabel}`;
}

export function buildArt20Option(cells: Art20Cell[], title: string, lang: 'zh' | 'en' = 'zh'): ECOption {
  const counts = cells.filter(
    (c) => c.key.startsWith('t2.') && !AMOUNT_UNITS.has(c.unit ?? METRIC_BY_KEY.get(c.key)?.unit ?? ''),
  );
  const labels = counts.map((c) => art20Label(c, lang));
  const en = lang === 'en';
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const [item] = p as { dataIndex: number }[];
        const c = counts[item.dataIndex];
        const raw = en ? ` (as printed: ${c.raw || 'blank'})` : `（原文：${c.raw || '空'}）`;
        return `${labels[item.dataIndex]}<br/>${c.value ?? '—'} ${en ? '' : (METRIC_BY_KEY.get(c.key)?.unit ?? '')}${raw}`;
      },
    },
    grid: { left: 8, right: 32, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { fontSize: 11 } },
    series: [
      {
        type: 'bar',
        name: en ? 'count' : '件/项',
        data: counts.map((c) => c.value),
        label: { show: true, position: 'right' },
      },
    ],
  };
}
