// Partial pages: every cell as far as the text goes, values read off the source files.
import { diffCells, expected, parseSample, Z, type V } from './golden-helpers';

const t2019 = (
  rules: V[],
  normative: V[],
  lic: V[],
  other: V[],
  pen: V[],
  coe: V[],
  fees?: V[],
  proc?: V[],
): Record<string, V> => {
  const m: Record<string, V> = {};
  const put = (item: string, cols: string[], vals: V[]) =>
    vals.forEach((v, i) => {
      m[`t2.${item}.${cols[i]}`] = v;
    });
  const doc = ['new_made', 'new_published', 'total_published'];
  const it = ['prev_items', 'change', 'decisions'];
  put('rules', doc, rules);
  put('normative', doc, normative);
  put('licensing', it, lic);
  put('other_services', it, other);
  put('penalty', it, pen);
  put('coercion', it, coe);
  if (fees) put('fees', it, fees);
  if (proc) put('procurement', ['items', 'amount'], proc);
  return m;
};
const t2021 = (
  rules: V[],
  normative: V[],
  rest: Partial<Record<'licensing' | 'penalty' | 'coercion', V>> & { fees?: V } = {},
): Record<string, V> => {
  const m: Record<string, V> = {};
  ['issued', 'repealed', 'in_force'].forEach((c, i) => {
    m[`t2.rules.${c}`] = rules[i];
    m[`t2.normative.${c}`] = normative[i];
  });
  for (const k of ['licensing', 'penalty', 'coercion'] as const) if (k in rest) m[`t2.${k}.decisions`] = rest[k]!;
  if ('fees' in rest) m['t2.fees.amount'] = rest.fees!;
  return m;
};
const O3 = [0, 0, 0];
const E7: V[] = [null, null, null, null, null, null, null];

describe('golden: partial reports, every cell as far as the text goes', () => {
  const cases: [string, Map<string, V>][] = [
    [
      '2020_huichang_xian_zhongcun_xiang_partial.txt',
      expected(t2019(O3, [5, 5, 5], O3, O3, O3, O3, [0, 0], [1, { unitless: '8040' }]), null, null, '2019'),
    ],
    ['2020_yangling_qu_tongjiju_partial.txt', expected(t2019(O3, O3, O3, O3, O3, O3), null, null, '2019')],
    [
      '2021_gongzhuling_shi_danganju_partial.txt',
      expected(t2019(O3, O3, O3, O3, O3, O3, [0, 0], [0, 0]), null, null, '2019'),
    ],
    [
      '2021_tianzhen_xian_xinfangju_partial.txt',
      expected(t2021(O3, O3, { licensing: 0, penalty: 0, coercion: 0 }), null, null, '2021'),
    ],
    ['2022_xiangyang_shi_tongjiju_partial.txt', expected(t2021(O3, O3), null, null, '2021')],
    [
      '2022_yangling_shifanqu_shenjiju_partial.txt',
      expected(t2021(O3, O3, { licensing: 0, penalty: 0, coercion: 0, fees: 0 }), null, null, '2021'),
    ],
    [
      '2023_wanyuan_shi_jiaotong_yunshuju_partial.txt',
      expected(t2021(O3, O3, { licensing: 0, penalty: 1347 }), null, null, '2021'),
    ],
    [
      '2023_nileke_xian_unknown_zhen_partial.txt',
      expected(
        t2021([0, 0, 6], O3, { licensing: 0, penalty: 0, coercion: 0, fees: 0 }),
        [Z, Z, Z, Z, Z, Z, Z, Z, Z],
        null,
        '2021',
      ),
    ],
    [
      '2023_yangling_qu_tongjiju_partial.txt',
      (() => {
        const m = expected(
          t2021([0, 0, 0], O3, { licensing: 0, penalty: 0, coercion: 0, fees: 0 }),
          [[null, null, null, null, null, null, 0], [null, null, null, null, null, null, 0], E7],
          null,
          '2021',
        );
        ['issued', 'repealed', 'in_force'].forEach((c) => m.delete(`t2.rules.${c}`));
        return m;
      })(),
    ],
    [
      'unknownyear_unknown_ju_2019format_partial.txt',
      (() => {
        const m = expected(
          t2019(O3, O3, [6, 0, 2], O3, [2, 0, 2], O3, [0, 0], [6, { unitless: '52.15' }]),
          [Z, Z, Z, Z],
          null,
          '2019',
        );
        m.delete('t2.licensing.change');
        return m;
      })(),
    ],
    [
      '2020_unknown_qu_shenjiju_flipbook_page9_fragment.txt',
      (() => {
        const m = expected({}, null, Array(15).fill(0), '2019');
        ['natural', 'business', 'research', 'public_interest', 'legal', 'other_org', 'total'].forEach((c) =>
          m.set(`t3.carried_out.${c}`, 0),
        );
        return m;
      })(),
    ],
    ['2025_jianping_xian_renmin_zhengfu_partial.txt', new Map()],
    ['2025_linze_xian_shenjiju_partial.txt', new Map()],
    ['2019_jiangsu_sheng_tongjiju_partial.txt', new Map()],
    ['2021_xinjiang_zizhiqu_linye_caoyuanju_partial.txt', new Map()],
  ];
  it.each(cases)('%s', (file, exp) => {
    const r = parseSample(`reports/${file}`);
    const skip = new Set(['t2.rules.issued', 't2.rules.repealed', 't2.rules.in_force', 't2.licensing.change']);
    const problems = diffCells(r, exp).filter((p) => !(skip.has(p.split(':')[0]) && /unexpected/.test(p)));
    expect(problems).toEqual([]);
    expect(r.truncated).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
