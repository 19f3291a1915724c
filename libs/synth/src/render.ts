// Renders one synthetic report as HTML (tables with spans) or pipe text (one table row a line), the two most
// common published forms. Both carry a visible synthetic marker.
import type { Grid } from './tables';

export const SYNTH_MARK = '【合成数据 · SYNTHETIC — 本报告为程序生成的演示数据，并非任何机关的真实报告】';

export interface ReportDoc {
  title: string;
  publishedOn: string;
  intro: string;
  overview: string[];
  tables: { heading: string; grid: Grid }[];
  problems: string[];
  other: string[];
  signature: string;
  dateLine: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A template table as HTML with its row and column spans (also the bureaus' generated report). */
export function tableHtml(g: Grid): string {
  return `<table border="1" cellspacing="0">\n${g
    .map(
      (row) =>
        `<tr>${row
          .map((c) => `<td${c.rs ? ` rowspan="${c.rs}"` : ''}${c.cs ? ` colspan="${c.cs}"` : ''}>${esc(c.t)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n')}\n</table>`;
}

export function renderText(d: ReportDoc): string {
  const out = [d.title, SYNTH_MARK, `发布日期：${d.publishedOn}`, d.intro, '一、总体情况', ...d.overview];
  for (const t of d.tables) {
    out.push(t.heading);
    for (const row of t.grid) out.push(`${row.map((c) => c.t).join(' | ')} |`);
  }
  out.push(
    '五、存在的主要问题及改进情况',
    ...d.problems,
    '六、其他需要报告的事项',
    ...d.other,
    d.signature,
    d.dateLine,
  );
  return `${out.join('\n')}\n`;
}

export function renderHtml(d: ReportDoc, charset: string): string {
  const p = (s: string): string => `<p>${esc(s)}</p>`;
  const body = [
    `<h1>${esc(d.title)}</h1>`,
    `<p class="synthetic"><strong>${esc(SYNTH_MARK)}</strong></p>`,
    `<div class="meta">发布日期：${d.publishedOn}</div>`,
    p(d.intro),
    p('一、总体情况'),
    ...d.overview.map(p),
    ...d.tables.flatMap((t) => [p(t.heading), tableHtml(t.grid)]),
    p('五、存在的主要问题及改进情况'),
    ...d.problems.map(p),
    p('六、其他需要报告的事项'),
    ...d.other.map(p),
    `<p style="text-align:right">${esc(d.signature)}</p>`,
    `<p style="text-align:right">${esc(d.dateLine)}</p>`,
  ];
  return (
    `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="${charset}">\n<meta name="synthetic" content="true">\n` +
    `<meta name="PubDate" content="${d.publishedOn}">\n<title>${esc(d.title)}（合成数据）</title>\n</head>\n<body>\n` +
    `${body.join('\n')}\n</body>\n</html>\n`
  );
}
