// Regressions of text_contradicts_table firing on text that does not speak of the table.
import type { ParsedCell } from '@dh/domain';
import { checkTextClaims } from './text-claims';

const cell = (key: string, value: number): ParsedCell => ({
  key,
  section: '四',
  rowLabel: '',
  colLabel: '',
  raw: String(value),
  value,
  kind: value ? 'number' : 'zero',
  loc: {},
});
// Table 四 of a 司法局: 2 disclosure reconsiderations, 1 direct suit, none after reconsideration.
const table4 = [
  cell('t4.reconsideration.total', 2),
  cell('t4.reconsideration.upheld', 2),
  cell('t4.litigation_direct.total', 1),
  cell('t4.litigation_direct.upheld', 1),
  cell('t4.litigation_after.total', 0),
  cell('t4.litigation_after.upheld', 0),
];
const messages = (text: string) => checkTextClaims(text, table4, '2021').map((f) => f.messageEn);

describe('text_contradicts_table only where the text speaks of 政府信息公开', () => {
  it("ignores a 司法局's general reconsideration and litigation caseload", () => {
    expect(messages('2023年，我局共办理行政复议案件126件，办理行政诉讼案件37件，行政执法监督工作有序开展。')).toEqual(
      [],
    );
  });

  it('still checks a disclosure count, including one after a semicolon in the same sentence', () => {
    // The jianping 2025 wording (data/samples/reports/2025_jianping_xian_renmin_zhengfu_partial.txt) with this table.
    const f = messages(
      '全年共收到政府信息依申请公开89件次,已经答复88件,1件结转下年度继续办理;产生行政复议13件和行政诉讼1件。',
    );
    expect(f).toEqual(['The text says 13 reconsideration cases ("行政复议13件"), the table says 2']);
  });

  it('reads 均获维持 within its clause: the suit pending after ； is not said to be upheld', () => {
    // Reconsideration 2 upheld; one direct suit still pending (upheld 0 of 1).
    const cells = [
      ...table4.filter((c) => !c.key.startsWith('t4.litigation_direct')),
      cell('t4.litigation_direct.total', 1),
      cell('t4.litigation_direct.upheld', 0),
    ];
    const text = '政府信息公开行政复议2件，均获维持；行政诉讼1件，尚未审结。';
    expect(checkTextClaims(text, cells, '2021')).toEqual([]);
    // Before the split at ；, the whole sentence was one claim: 「均获维持」 then covered the pending suit too.
    expect(checkTextClaims(text.replace('；', '，'), cells, '2021').map((f) => f.keys)).toEqual([
      ['t4.litigation_direct.upheld', 't4.litigation_direct.total'],
    ]);
  });
});
