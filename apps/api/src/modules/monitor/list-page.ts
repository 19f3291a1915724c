// Pure: what a CMS list page or detail page says — report links with their dates, the next page, the posting date
// (发布时间) and attachments. Government CMSs differ in markup but not in these words.
import * as cheerio from 'cheerio';

export interface ListEntry {
  title: string;
  url: string;
  date: string | null;
}
export interface DetailInfo {
  postedOn: string | null;
  attachments: { title: string; url: string; ext: string }[];
  hasReportTable: boolean;
}

const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
export function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 2000 || y > 2100) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const abs = (href: string, base: string): string | null => {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};

/**
 * Whether a list page is the body's 政府信息公开年报 column: its title, heading or breadcrumb (位置 / 当前位置) names
 * 年报 or 年度报告. A report found on 通知公告 or 政务动态 is posted, but not where the notices ask for it.
 */
function isReportColumn($: cheerio.CheerioAPI): boolean {
  const where = $(
    'title, h1, h2, .breadcrumb, [class*="crumb"], [class*="position"], [class*="location"], [class*="weizhi"]',
  )
    .map((_, el) => $(el).text())
    .get()
    .join(' ');
  return /年报|年度报告/.test(where);
}

export function readListPage(
  html: string,
  base: string,
): { entries: ListEntry[]; next: string | null; column: boolean } {
  const $ = cheerio.load(html);
  const entries: ListEntry[] = [];
  let next: string | null = null;
  $('a[href]').each((_, el) => {
    const a = $(el);
    const text = (a.attr('title') || a.text()).replace(/\s+/g, '');
    const url = abs(a.attr('href')!, base);
    if (!url) return;
    if (!next && (/^(下一页|下页|后一页|›|>|»)$/.test(a.text().trim()) || a.attr('rel') === 'next')) {
      next = url;
      return;
    }
    if (!/年度?报告|年报/.test(text)) return;
    // The date sits beside the link: in the same list item or table row.
    const holder = a.closest('li, tr, dd, p, div');
    entries.push({ title: text, url, date: isoDate(holder.length ? holder.text() : a.parent().text()) });
  });
  return { entries, next, column: isReportColumn($) };
}

/** The entry for `year`'s annual report on government information disclosure, if the list has one. */
export function findReport(entries: ListEntry[], year: number): ListEntry | null {
  return (
    entries.find(
      (e) => e.title.includes(`${year}年`) && /政府信息公开/.test(e.title) && /年度?报告|年报/.test(e.title),
    ) ?? null
  );
}

export function readDetailPage(html: string, base: string): DetailInfo {
  const $ = cheerio.load(html);
  const body = $('body').text();
  // The posting date goes by several names; the explicit ones win over a bare 时间/日期 label.
  const posted = [
    /(发布时间|发布日期|发文日期)\s*[:：]\s*([^\n]{0,30})/,
    /(^|[\s|])(时间|日期)\s*[:：]\s*(\d[^\n]{0,29})/m,
  ]
    .map((re) => re.exec(body))
    .find(Boolean);
  const attachments: DetailInfo['attachments'] = [];
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href')!;
    const m = /\.(pdf|docx|doc|wps)(\?|#|$)/i.exec(href);
    const url = m ? abs(href, base) : null;
    if (url && m) attachments.push({ title: $(el).text().replace(/\s+/g, ''), url, ext: m[1].toLowerCase() });
  });
  return {
    postedOn: posted ? isoDate(posted[posted.length - 1]) : null,
    attachments,
    hasReportTable: (/本年新收|第二十条|行政复议/.test(body) && $('table, pre').length > 0) || /本年新收/.test(body),
  };
}
