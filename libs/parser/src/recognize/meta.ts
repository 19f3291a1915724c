// Agency name, year and the two dates as printed. The agency comes from the title, else the signature
// line above the closing date, else the first sentence (`编制万源市交通运输局2023年…`); the source is recorded.
// Publication (向社会公布, what the deadlines measure) is the page's 发布时间; the 落款 date under the signature is
// kept apart as signedOn: a report is often signed days before it is posted.
import type { ParsedReport } from '@dh/domain';
import { normalizeDate } from '../extract/html';

export interface ReportMeta {
  agencyName: string | null;
  agencyNameFrom: ParsedReport['agencyNameFrom'];
  year: number | null;
  /** The page's 发布时间/发布日期 (HTML meta or a crawler/CMS line), null when the copy has none. */
  publishedOn: string | null;
  /** The 落款 date under the closing signature. */
  signedOn: string | null;
}

const TITLE_RE = /^(.*?)(\d{4})\s*年度?\s*(.*?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)/;
const SIGN_RE =
  /(?:^|[\s。！!）)])([\u4e00-\u9fa5（）()]{4,30}?)\s*\n?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?!\s*[起至到止])/gm;
const NOT_AGENCY = /^(我|本|该|全|今|年|各|现|根据|按照)/;

export function readReportMeta(
  text: string,
  meta: { title?: string; publishedOn?: string },
  closingFrom: number,
): ReportMeta {
  const out: ReportMeta = {
    agencyName: null,
    agencyNameFrom: null,
    year: null,
    publishedOn: meta.publishedOn ?? null,
    signedOn: null,
  };
  // The page/PDF title first; when it names no agency (PDF info titles are often just `政府信息公开工作年度报告`),
  // the title printed at the top of the text.
  for (const title of meta.title ? [meta.title, firstTitleLine(text)] : [firstTitleLine(text)]) {
    const tm = title ? TITLE_RE.exec(closeCjkSpaces(title).replace(/\s+/g, ' ').trim()) : null;
    if (!tm) continue;
    out.year ??= plausibleYear(tm[2]);
    const name = (tm[1].trim() || tm[3].trim()).replace(/^[\s:：]+|[\s:：]+$/g, '');
    if (name && !NOT_AGENCY.test(name)) {
      out.agencyName = name;
      out.agencyNameFrom = 'title';
      break;
    }
  }
  // Signature: a short name line just before a date, in the closing part of the report.
  const tail = text.slice(Math.max(0, closingFrom));
  SIGN_RE.lastIndex = 0;
  const sm = SIGN_RE.exec(tail);
  if (sm) {
    const d = normalizeDate(`${sm[2]}-${sm[3]}-${sm[4]}`);
    if (d) out.signedOn = d;
    const name = sm[1].trim();
    if (
      !out.agencyName &&
      !NOT_AGENCY.test(name) &&
      /(局|委|办|厅|府|院|会|室|中心|处|部|所|站|队|区|县|镇|乡|街道|政府)$/.test(name)
    ) {
      out.agencyName = name;
      out.agencyNameFrom = 'signature';
    }
  }
  if (!out.agencyName) {
    const fm = /(?:编制|现将|现公布|公布)([\u4e00-\u9fa5（）()]{2,30}?)\s*(\d{4})年度?(?:政府信息公开|政务公开)/.exec(
      text.slice(0, 3000),
    );
    if (fm && !NOT_AGENCY.test(fm[1])) {
      out.agencyName = fm[1];
      out.agencyNameFrom = 'first_sentence';
      out.year ??= plausibleYear(fm[2]);
    }
  }
  out.year ??=
    plausibleYear(/统计期限[^。]{0,6}?(\d{4})\s*年/.exec(text)?.[1]) ??
    plausibleYear(/(\d{4})\s*年度?(?:政府信息公开|政务公开)/.exec(text)?.[1]) ??
    plausibleYear(/(\d{4})\s*年/.exec(text.slice(0, 400))?.[1]);
  return out;
}

// PDF text spaces CJK out (`淮安市人民政府2024 年政府 信息公开`): blanks next to a CJK character are layout, not words.
const CJK_SPACE_RE =
  /[ \t\u00a0\u3000]+(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\u00a0\u3000]+/g;

function closeCjkSpaces(s: string): string {
  return s.replace(CJK_SPACE_RE, '');
}

function firstTitleLine(text: string): string | undefined {
  const lines = text.split('\n', 15);
  let prev = '';
  for (const line of lines) {
    const t = closeCjkSpaces(line.trim());
    if (t.length <= 60 && /\d{4}\s*年.*(政府信息公开|政务公开).*(报告|年报)$/.test(t) && !/[。，,]/.test(t)) {
      // A title broken before the year (`淮安市人民政府` / `2024 年政府信息公开工作年度报告`) gets its first line back.
      return /^\d{4}/.test(t) && /^[\u4e00-\u9fa5（）()]{2,30}$/.test(prev) ? prev + t : t;
    }
    if (t) prev = t;
  }
  return undefined;
}

function plausibleYear(s: string | undefined): number | null {
  const y = Number(s);
  return Number.isInteger(y) && y >= 2008 && y <= 2100 ? y : null;
}
