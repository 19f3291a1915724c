// The SSRF guard at connect time, against a loopback server: a name that resolves to a public address when the URL is
// checked and to 127.0.0.1 when the socket connects (DNS rebinding) is refused, and the server never sees a request.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { PoliteFetcher } from './polite-fetcher';

describe('PoliteFetcher and DNS rebinding', () => {
  let server: http.Server;
  let port = 0;
  const hits: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const base = { hostDelayMs: 0, timeoutMs: 3000, retries: 0, maxBytes: 1 << 20, maxRedirects: 2, userAgent: 't' };

  it('refuses a name that turns private between the check and the connect', async () => {
    const answers: LookupAddress[][] = [[{ address: '93.184.216.34', family: 4 }]];
    const resolve = async (): Promise<LookupAddress[]> => answers.shift() ?? [{ address: '127.0.0.1', family: 4 }];
    const f = new PoliteFetcher({ ...base, allowHosts: [], resolve });
    const r = await f.get(`http://rebind.test:${port}/ndbg/`);
    await f.close();
    expect(r).toMatchObject({
      kind: 'refused',
      error: expect.stringMatching(/at connect: rebind\.test resolves to 127\.0\.0\.1 \(loopback\)/),
    });
    expect(hits).toEqual([]);
  });

  it('connects through the guarded lookup when the host is allowed', async () => {
    const resolve = async (): Promise<LookupAddress[]> => [{ address: '127.0.0.1', family: 4 }];
    const f = new PoliteFetcher({ ...base, allowHosts: ['intranet.test'], resolve });
    const r = await f.get(`http://intranet.test:${port}/ndbg/`);
    await f.close();
    expect(r).toMatchObject({ status: 200 });
    expect('bytes' in r && r.bytes.toString()).toBe('ok');
    expect(hits).toEqual(['/robots.txt', '/ndbg/']);
  });
});
