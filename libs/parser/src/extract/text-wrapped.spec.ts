// When a wrapped table 三 label takes the figures line between its fragments, and when it does not.
import { findWrappedLabels } from './text-wrapped';

const SEVEN = '     1    0    0    0    0    0    1';
const joined = (lines: string[]) => findWrappedLabels(lines).map((j) => [j.up, j.mid, j.down, j.label]);

describe('findWrappedLabels', () => {
  it('figures-only line between two fragments that make the registry label', () => {
    const lines = ['   5.要求行政机关确认或重新出', `                   ${SEVEN}`, '   具已获取信息'];
    expect(joined(lines)).toEqual([[0, 1, 2, '5.要求行政机关确认或重新出具已获取信息']]);
  });

  it('three lines, the figures beside the middle fragment, a group-label piece of another column between', () => {
    const lines = [
      '     （六）其',
      '               2、申请人逾期未按收费通知要',
      '     他处理',
      `               求缴纳费用、行政机关不再处理${SEVEN}`,
      '               其政府信息公开申请',
    ];
    expect(joined(lines)).toEqual([
      [1, 3, 4, '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ]);
  });

  it('label over two lines with the figures after it (洪泽区): nothing to join', () => {
    const lines = [
      '   5.要求行政机关确认或重 新出具',
      '       已获取信息',
      `                   ${SEVEN}`,
      `   （六）其他处理${SEVEN}`,
    ];
    expect(joined(lines)).toEqual([]);
  });

  it('a fragment in another column is not taken', () => {
    const lines = ['   5.要求行政机关确认或重新出', `                   ${SEVEN}`, '            具已获取信息'];
    expect(joined(lines)).toEqual([]);
  });

  it('six figures for seven columns: not joined (recognition keeps them unresolved)', () => {
    const lines = [
      '   5.要求行政机关确认或重新出',
      '                        1    0    0    0    0    0',
      '   具已获取信息',
    ];
    expect(joined(lines)).toEqual([]);
  });

  it('joined only into one whole registry label, never into a neighbour row', () => {
    const lines = ['   （一）予以', `                   ${SEVEN}`, '   公开', `   （一）予以公开${SEVEN}`];
    expect(joined(lines)).toEqual([[0, 1, 2, '（一）予以公开']]);
    // `2.重复` + `3.要求提供公开出版物` reads as no row of the registry word for word.
    const other = ['   2.重复', `                   ${SEVEN}`, '   3.要求提供公开出版物'];
    expect(joined(other)).toEqual([]);
  });
});
