import { formatDate, formatDateTime } from './date';
import { formatNumber, formatPercent, formatWithUnit, yoy } from './number';
import { ellipsis, shortMetricLabel } from './text';

describe('formatNumber', () => {
  it('keeps small numbers as they are', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(9999)).toBe('9,999');
    expect(formatNumber(12.345)).toBe('12.35');
  });
  it('counts in 万 and 亿 in Chinese', () => {
    expect(formatNumber(10000)).toBe('1万');
    expect(formatNumber(123456)).toBe('12.35万');
    expect(formatNumber(689380)).toBe('68.94万');
    expect(formatNumber(250000000)).toBe('2.5亿');
    expect(formatNumber(-45000)).toBe('-4.5万');
  });
  it('uses k/M/B in English', () => {
    expect(formatNumber(123456, 'en')).toBe('123.46k');
    expect(formatNumber(2_500_000, 'en')).toBe('2.5M');
    expect(formatNumber(3_000_000_000, 'en')).toBe('3B');
    expect(formatNumber(9999, 'en')).toBe('9,999');
  });
  it('shows a missing value as a dash, never zero', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined, 'en')).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('formatWithUnit', () => {
  it('converts 万元 to 元 before scaling', () => {
    expect(formatWithUnit(12345, '万元')).toBe('1.23亿元');
    expect(formatWithUnit(689380, '元')).toBe('68.94万元');
    expect(formatWithUnit(35, '万元', 'en')).toBe('CNY 350k');
  });
  it('appends count units', () => {
    expect(formatWithUnit(15, '件')).toBe('15 件');
    expect(formatWithUnit(15, '件', 'en')).toBe('15');
    expect(formatWithUnit(3, '项', 'en')).toBe('3 items');
    expect(formatWithUnit(null, '件')).toBe('—');
  });
});

describe('yoy and formatPercent', () => {
  it('computes the change against last year', () => {
    expect(yoy(120, 100)).toBeCloseTo(20);
    expect(yoy(80, 100)).toBeCloseTo(-20);
    expect(yoy(5, -10)).toBeCloseTo(150);
  });
  it('has no change when last year is missing or zero', () => {
    expect(yoy(5, 0)).toBeNull();
    expect(yoy(5, null)).toBeNull();
    expect(yoy(null, 5)).toBeNull();
  });
  it('signs percentages', () => {
    expect(formatPercent(12.34)).toBe('+12.3%');
    expect(formatPercent(-4)).toBe('−4%');
    expect(formatPercent(0.01)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('formatDate', () => {
  it('writes Chinese dates without leading zeros', () => {
    expect(formatDate('2021-01-25')).toBe('2021年1月25日');
    expect(formatDate('2022-12-03T00:00:00.000Z')).toBe('2022年12月3日');
  });
  it('writes English dates day-month-year', () => {
    expect(formatDate('2021-01-25', 'en')).toBe('25 Jan 2021');
  });
  it('never shifts the day by time zone and rejects junk', () => {
    expect(formatDate('2021-01-31T23:30:00-08:00')).toBe('2021年1月31日');
    expect(formatDate('not a date')).toBe('—');
    expect(formatDate('2021-13-01')).toBe('—');
    expect(formatDate(null)).toBe('—');
  });
  it('adds the time of day when present', () => {
    expect(formatDateTime('2021-01-25T14:05:00Z')).toBe('2021年1月25日 14:05');
    expect(formatDateTime('2021-01-25', 'en')).toBe('25 Jan 2021');
  });
});

describe('text', () => {
  it('cuts long labels with an ellipsis and keeps short ones', () => {
    expect(ellipsis('合成市住房和城乡建设局', 6)).toBe('合成市住房和…');
    expect(ellipsis('审计局', 6)).toBe('审计局');
  });

  it('drops the template numbering from metric labels before cutting', () => {
    expect(shortMetricLabel('一、本年新收政府信息公开申请数量 · 总计 (件)')).toBe('本年新收政府信息公开申请数量…');
    expect(shortMetricLabel('（三）不予公开 · 总计 (件)', 20)).toBe('不予公开 · 总计 (件)');
    expect(shortMetricLabel('行政处罚 · 处理决定数量 (件)', 30)).toBe('行政处罚 · 处理决定数量 (件)');
  });
});
