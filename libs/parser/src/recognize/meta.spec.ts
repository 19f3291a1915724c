// Agency name and year from titles as PDFs print them: spaces around the year, a title broken before the
// year, and a PDF info title that names no agency.
import { readReportMeta } from './meta';

const BODY = '本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。\n一、总体情况\n';

describe('readReportMeta titles', () => {
  it('reads the agency from `淮安市人民政府2024 年政府信息公开工作年度报告` when the PDF title names none', () => {
    const text = `淮安市人民政府2024 年政府信息公开工作年度报告\n${BODY}`;
    const m = readReportMeta(text, { title: '政府信息公开工作年度报告' }, text.length);
    expect(m).toMatchObject({ agencyName: '淮安市人民政府', agencyNameFrom: 'title', year: 2024 });
  });

  it('reads the same title given as the page title', () => {
    const m = readReportMeta(BODY, { title: '淮安市人民政府2024 年政府信息公开工作年度报告' }, BODY.length);
    expect(m).toMatchObject({ agencyName: '淮安市人民政府', agencyNameFrom: 'title', year: 2024 });
  });

  it('tolerates spaces between every character', () => {
    const m = readReportMeta(
      BODY,
      { title: '淮 安 市 人 民 政 府 2024 年 政 府 信 息 公 开 工 作 年 度 报 告' },
      BODY.length,
    );
    expect(m).toMatchObject({ agencyName: '淮安市人民政府', year: 2024 });
  });

  it('joins a title broken before the year (pdftotext -layout)', () => {
    const text = `            淮安市洪泽区人民政府\n     2024 年政府信息公开工作年度报告\n\n${BODY}`;
    const m = readReportMeta(text, {}, text.length);
    expect(m).toMatchObject({ agencyName: '淮安市洪泽区人民政府', agencyNameFrom: 'title', year: 2024 });
  });

  it('keeps an agency-less title line agency-less', () => {
    const text = `2024 年政府信息公开工作年度报告\n${BODY}`;
    expect(readReportMeta(text, {}, text.length).agencyName).toBeNull();
  });
});
