// The generated report must read back: the parser (HTML directly, DOCX through mammoth) finds the numbers typed.
import { formCells, metricsOfTemplate } from '@dh/domain';
import { parseReport } from '@dh/parser';
import mammoth from 'mammoth';
import { renderSubmissionDocx, renderSubmissionHtml, type SubmissionDoc } from './submission-document';

// Every cell of the 2021 template gets its own number (1, 2, 3, …), so a value read into the wrong cell shows.
function doc(template: '2019' | '2021'): SubmissionDoc {
  const values: Record<string, string> = {};
  metricsOfTemplate(template).forEach((m, i) => {
    values[m.key] = String(i + 1);
  });
  return {
    agencyName: '合成申报市测试局',
    year: template === '2021' ? 2025 : 2020,
    template,
    values,
    sections: { overview: '本年度主动公开信息123条。', problems: '栏目更新不够及时。', other: '未收取信息处理费。' },
  };
}

const numbers = (cells: { key: string; value: number | null }[]) =>
  Object.fromEntries(cells.filter((c) => c.value !== null).map((c) => [c.key, c.value]));

describe('generated submission documents', () => {
  it.each(['2021', '2019'] as const)('HTML on the %s template parses back to the numbers typed', async (t) => {
    const d = doc(t);
    const parsed = await parseReport({ bytes: Buffer.from(renderSubmissionHtml(d)), fileName: 'r.html' });
    expect(parsed.template).toBe(t);
    expect(parsed.year).toBe(d.year);
    expect(numbers(parsed.cells)).toEqual(numbers(formCells(d.values, t)));
  });

  it('DOCX opens in mammoth, shows its tables, and parses back to the numbers typed', async () => {
    const d = doc('2021');
    const bytes = await renderSubmissionDocx(d);
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toContain('<table>');
    expect(html).toContain('合成申报市测试局2025年政府信息公开工作年度报告');
    expect(html).toContain('本年新收政府信息公开申请数量');
    const parsed = await parseReport({ bytes: new Uint8Array(bytes), fileName: 'r.docx' });
    expect(parsed.source.form).toBe('docx');
    expect(numbers(parsed.cells)).toEqual(numbers(formCells(d.values, '2021')));
  });
});
