// A small government site on 127.0.0.1 for the publication monitor, built from the committed real pages: list pages
// with pagination and relative links, a detail page with the report inline, one with a PDF attachment, a GBK site, a
// page edited between passes, a page removed, a slow page, a robots.txt that disallows a path, a redirect loop.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';

const ROOT = path.resolve(__dirname, '../../..');
const sample = (f: string): Buffer => fs.readFileSync(path.join(ROOT, 'data/samples/reports', f));

export interface MonitorSite {
  base: string;
  pass: number;
  close(): Promise<void>;
  hits: string[];
  times: { path: string; at: number }[];
}

const li = (href: string, title: string, date: string): string =>
  `<li><a href="${href}" title="${title}">${title.slice(0, 12)}…</a><span class="date">${date}</span></li>`;
const page = (body: string, charset = 'utf-8', title = '政府信息公开年报'): string =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${title}</title></head><body>${body}</body></html>`;
/** The copy body H's office received by upload: the posted page with 行政处罚 1282 printed as 1281. */
export function receivedCopyOfH(): Buffer {
  const p = sample('2021_pingtan_zonghe_shiyanqu.html').toString('utf8');
  const at = p.indexOf('行政处罚');
  return Buffer.from(`${p.slice(0, at)}${p.slice(at).replace('1282', '1281')}<!-- received h -->`);
}

export async function startMonitorSite(slowMs: number): Promise<MonitorSite> {
  const pingtan2021 = sample('2021_pingtan_zonghe_shiyanqu.html').toString('utf8');
  const at = pingtan2021.indexOf('行政处罚');
  // The edit between passes: 行政处罚 1282 becomes 1283 (one printed cell changed after posting).
  const edited = pingtan2021.slice(0, at) + pingtan2021.slice(at).replace('1282', '1283');
  const shanghai = sample('2019_shanghai_shi_renmin_zhengfu_bangongting.html').toString('utf8');
  const pdf = fs.readFileSync(path.join(ROOT, 'libs/parser/test/fixtures/synthetic-2021-table.pdf'));
  const site: MonitorSite = { base: '', pass: 1, hits: [], times: [], close: () => Promise.resolve() };

  const routes: Record<
    string,
    () => { status?: number; type?: string; body: string | Buffer; headers?: Record<string, string> } | null
  > = {
    '/robots.txt': () => ({ type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' }),
    // Body A: two list pages; the 2021 report is on the second, reached through 下一页 with relative links.
    '/a/ndbg/index.html': () => ({
      body: page(
        `<ul>${li('./202302/t1.htm', '平潭综合实验区2022年度政府信息公开工作年度报告', '2023-02-20')}</ul><div><a href="index_1.html">下一页</a></div>`,
      ),
    }),
    '/a/ndbg/index_1.html': () => ({
      body: page(
        `<ul>${li('../202202/t20220208_80613.htm', '平潭综合实验区2021年度政府信息公开工作年度报告', '2022-02-08')}</ul>`,
      ),
    }),
    '/a/202302/t1.htm': () => ({ status: 404, body: 'not here' }),
    // Marked as this site's copy: the same bytes as the committed sample, which other suites store under 平潭, would be
    // taken for that document.
    '/a/202202/t20220208_80613.htm': () => ({
      body: site.pass === 1 ? `${pingtan2021}<!-- site a -->` : `${edited}<!-- site a -->`,
    }),
    // Body B: a detail page whose report is a PDF attachment.
    '/b/list.html': () => ({
      body: page(`<ul>${li('detail.html', '合成局2021年度政府信息公开工作年度报告', '2022-01-25')}</ul>`),
    }),
    '/b/detail.html': () => ({
      body: page(
        '<h1>合成局2021年度政府信息公开工作年度报告</h1><p>发布时间：2022-01-25</p><p><a href="files/report.pdf">附件：年度报告.pdf</a></p>',
      ),
    }),
    '/b/files/report.pdf': () => ({ type: 'application/pdf', body: pdf }),
    // Body C: an older site serving GBK.
    '/c/list.html': () => ({
      type: 'text/html',
      body: iconv.encode(
        page(`<ul>${li('d.html', '上海市人民政府办公厅2019年度政府信息公开工作年度报告', '2020-03-20')}</ul>`, 'gbk'),
        'gbk',
      ),
    }),
    '/c/d.html': () => ({
      type: 'text/html',
      body: iconv.encode(shanghai.replace(/charset=["']?utf-8["']?/i, 'charset=gbk'), 'gbk'),
    }),
    // Body D: posted on the first pass, removed (and gone from its list) on the second.
    '/d/list.html': () => ({
      body: page(
        site.pass === 1
          ? `<ul>${li('r.html', '平潭综合实验区2021年度政府信息公开工作年度报告', '2022-02-08')}</ul>`
          : '<ul></ul>',
      ),
    }),
    // Its own copy (other bytes): identical bytes would be taken for the same document as body A's.
    '/d/r.html': () => (site.pass === 1 ? { body: `${pingtan2021}<!-- site d -->` } : { status: 410, body: 'gone' }),
    // Body E: a list page slower than the monitor's timeout.
    '/e/list.html': () => null,
    // Body F: a column robots.txt forbids.
    '/private/list.html': () => ({
      body: page(`<ul>${li('x.html', '某局2021年度政府信息公开工作年度报告', '2022-01-01')}</ul>`),
    }),
    // Body H: posted under 通知公告, not the 年报 column, and not what the office received (see receivedCopyOfH).
    '/h/tzgg.html': () => ({
      body: page(
        `<div class="position">当前位置：首页 &gt; 通知公告</div><ul>${li('r.html', '平潭综合实验区2021年度政府信息公开工作年度报告', '2022-01-20')}</ul>`,
        'utf-8',
        '通知公告',
      ),
    }),
    '/h/r.html': () => ({ body: `${pingtan2021}<!-- site h -->` }),
    // Body I: its column lists other years only.
    '/i/list.html': () => ({
      body: page(`<ul>${li('r2020.html', '某区2020年度政府信息公开工作年度报告', '2021-01-28')}</ul>`),
    }),
    // Body G: a redirect loop.
    '/g/list.html': () => ({ status: 302, body: '', headers: { location: '/g/loop.html' } }),
    '/g/loop.html': () => ({ status: 302, body: '', headers: { location: '/g/list.html' } }),
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    site.hits.push(url.pathname);
    site.times.push({ path: url.pathname, at: Date.now() });
    const route = routes[url.pathname];
    const send = (r: ReturnType<NonNullable<typeof route>>): void => {
      if (!r) return;
      res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8', ...r.headers });
      res.end(r.body);
    };
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    if (url.pathname === '/e/list.html') {
      const t = setTimeout(() => send({ body: page('<ul></ul>') }), slowMs);
      res.on('close', () => clearTimeout(t));
      return;
    }
    send(route());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return site;
}
