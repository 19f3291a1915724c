// The standard report a bureau publishes, generated from its form: the three tables of the template of the year laid
// out as the template prints them (the grids of libs/domain, spans included) with the bureau's own text around them,
// as HTML and as DOCX (the `docx` package writes the Word file; the parser reads both back, which the tests check).
import { table2, table3, table4, type Grid, type TemplateId } from '@dh/domain';
import { tableHtml } from '@dh/synth';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export interface SubmissionSections {
  overview?: string;
  problems?: string;
  other?: string;
}

export interface SubmissionDoc {
  agencyName: string;
  year: number;
  template: TemplateId;
  /** Metric key → the text the bureau typed (numbers as written). */
  values: Readonly<Record<string, string>>;
  sections: SubmissionSections;
}

const HEADINGS = [
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
];

export function submissionTables(
  values: Readonly<Record<string, string>>,
  template: TemplateId,
): { heading: string; grid: Grid }[] {
  const v = new Map(Object.entries(values).map(([k, raw]) => [k, { raw: raw.trim() }]));
  const grids = [table2(v, template), table3(v, template), table4(v)];
  // The 2019 template prints no unit for 采购总金额, which leaves such an amount out of every sum; the form asks for 元
  // and the generated table says so.
  for (const row of grids[0]) for (const c of row) if (c.t === '采购总金额') c.t = '采购总金额（单位：元）';
  return grids.map((grid, i) => ({ heading: HEADINGS[i], grid }));
}

export const submissionTitle = (d: Pick<SubmissionDoc, 'agencyName' | 'year'>): string =>
  `${d.agencyName}${d.year}年政府信息公开工作年度报告`;

/** The report as paragraphs and tables, in order: what both renderers print. */
function blocks(d: SubmissionDoc): ({ p: string; heading?: boolean } | { grid: Grid })[] {
  const para = (s: string | undefined) =>
    (s ?? '')
      .split(/\n+/)
      .map((x) => x.trim())
      .filter(Boolean)
      .map((p) => ({ p }));
  const t = submissionTables(d.values, d.template);
  return [
    { p: submissionTitle(d), heading: true },
    { p: '一、总体情况', heading: true },
    ...para(d.sections.overview),
    ...t.flatMap((x) => [{ p: x.heading, heading: true }, { grid: x.grid }]),
    { p: '五、存在的主要问题及改进情况', heading: true },
    ...para(d.sections.problems),
    { p: '六、其他需要报告的事项', heading: true },
    ...para(d.sections.other),
    { p: d.agencyName },
  ];
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderSubmissionHtml(d: SubmissionDoc): string {
  const body = blocks(d).map((b) => {
    if ('grid' in b) return tableHtml(b.grid);
    return b.heading ? `<h2>${esc(b.p)}</h2>` : `<p>${esc(b.p)}</p>`;
  });
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(submissionTitle(d))}</title>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

export async function renderSubmissionDocx(d: SubmissionDoc): Promise<Buffer> {
  const children = blocks(d).map((b) => {
    if ('grid' in b) {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.grid.map(
          (row) =>
            new TableRow({
              children: row.map(
                (c) =>
                  new TableCell({
                    rowSpan: c.rs,
                    columnSpan: c.cs,
                    children: [new Paragraph({ children: [new TextRun(c.t)] })],
                  }),
              ),
            }),
        ),
      });
    }
    return b.heading
      ? new Paragraph({ text: b.p, heading: HeadingLevel.HEADING_2 })
      : new Paragraph({
          children: [new TextRun(b.p)],
          alignment: b.p === d.agencyName ? AlignmentType.RIGHT : undefined,
        });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
