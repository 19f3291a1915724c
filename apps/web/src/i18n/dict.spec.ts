import { translate, zh } from './dict';
import { en } from './dict-en';

describe('dictionary', () => {
  it('has an English text for every Chinese key and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries(en)) expect([k, v.trim().length > 0]).toEqual([k, true]);
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(zh, 'loading', { what: '报告' })).toBe('正在加载报告…');
    expect(translate(en, 'errorLoad', { what: 'report' })).toContain('{msg}');
  });
});
