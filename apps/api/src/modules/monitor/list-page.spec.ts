import { findReport, isoDate, readDetailPage, readListPage } from './list-page';

describe('CMS list and detail pages', () => {
  const list = `<ul class="list"><li><a href="./202302/t20230220_1.htm" title="某区2022年度政府信息公开工作年度报告">某区2022年度政府信息公开…</a><span>2023-02-20</span></li>
    <li><a href="../202202/t20220208_2.htm">某区2021年度政府信息公开工作年度报告</a> <em>2022年2月8日</em></li>
    <li><a href="/news/1.htm">某区召开会议</a><span>2022-01-01</span></li></ul>
    <div class="page"><a href="index.html">首页</a><a href="index_1.html">下一页</a></div>`;

  it('reads report links with their dates (relative links made absolute) and the next page', () => {
    const { entries, next } = readListPage(list, 'http://gov.example/xxgk/ndbg/index.html');
    expect(entries).toEqual([
      {
        title: '某区2022年度政府信息公开工作年度报告',
        url: 'http://gov.example/xxgk/ndbg/202302/t20230220_1.htm',
        date: '2023-02-20',
      },
      {
        title: '某区2021年度政府信息公开工作年度报告',
        url: 'http://gov.example/xxgk/202202/t20220208_2.htm',
        date: '2022-02-08',
      },
    ]);
    expect(next).toBe('http://gov.example/xxgk/ndbg/index_1.html');
    expect(findReport(entries, 2021)?.date).toBe('2022-02-08');
    expect(findReport(entries, 2020)).toBeNull();
  });

  it('tells the 年报 column from another list by its title, heading or breadcrumb', () => {
    const wrap = (head: string): string => `<html><head><title>${head}</title></head><body>${list}</body></html>`;
    expect(readListPage(wrap('政府信息公开年报_某区人民政府'), 'http://gov.example/').column).toBe(true);
    expect(readListPage(wrap('通知公告_某区人民政府'), 'http://gov.example/').column).toBe(false);
    const crumb = `<html><head><title>某区人民政府</title></head><body><div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>${list}</body></html>`;
    expect(readListPage(crumb, 'http://gov.example/').column).toBe(true);
  });

  it('reads the posting date by its several names, and attachments by extension', () => {
    expect(
      readDetailPage(
        '<div>来源：本站 时间：2022-02-08 16:34</div><table><tr><td>本年新收</td></tr></table>',
        'http://x.example/a/',
      ).postedOn,
    ).toBe('2022-02-08');
    const d = readDetailPage(
      '<p>发布日期：2023年3月1日</p><a href="f/report.pdf">附件：年度报告</a><a href="old.doc">旧版</a>',
      'http://x.example/a/b.htm',
    );
    expect(d).toEqual({
      postedOn: '2023-03-01',
      hasReportTable: false,
      attachments: [
        { title: '附件：年度报告', url: 'http://x.example/a/f/report.pdf', ext: 'pdf' },
        { title: '旧版', url: 'http://x.example/a/old.doc', ext: 'doc' },
      ],
    });
    expect(isoDate('2023-13-01')).toBeNull();
  });
});
