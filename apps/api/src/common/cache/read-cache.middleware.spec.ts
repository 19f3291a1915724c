// The read cache in front of a real HTTP server on loopback: real sockets, so a client that leaves really closes its
// response. A token's reads wait for the token lookup before the cache sees them, and a client can leave during it.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express';
import type { AuthService } from '../../modules/auth/auth.service';
import { ReadCache } from './read-cache';
import { ReadCacheMiddleware } from './read-cache.middleware';

interface Gate {
  open: () => void;
  calls: number;
}

/** An AuthService whose token lookups wait until the test opens the gate (every token is an admin's). */
function gatedAuth(gate: { wait: Promise<void> | null }, seen: Gate): AuthService {
  return {
    principal: async () => {
      seen.calls++;
      if (gate.wait) await gate.wait;
      return { role: 'admin', name: 't', tokenId: 1 };
    },
  } as unknown as AuthService;
}

describe('ReadCacheMiddleware', () => {
  let server: http.Server;
  let url: string;
  const gate: { wait: Promise<void> | null } = { wait: null };
  const seen: Gate = { open: () => undefined, calls: 0 };
  let answered = 0;
  let closed = 0;

  beforeAll(async () => {
    const mw = new ReadCacheMiddleware(new ReadCache(), gatedAuth(gate, seen));
    server = http.createServer((rawReq, rawRes) => {
      rawRes.once('close', () => closed++);
      let text = '';
      rawReq.on('data', (b: Buffer) => (text += b.toString()));
      rawReq.on('end', () => {
        // The few parts of Express the middleware uses.
        const req = Object.assign(rawReq, { body: JSON.parse(text), path: '/graphql', baseUrl: '/graphql' });
        const res = Object.assign(rawRes, {
          locals: {},
          status(s: number) {
            rawRes.statusCode = s;
            return res;
          },
          send(b: string) {
            rawRes.end(b);
            return res;
          },
        });
        // What comes after the cache, as the admission middleware does: a client that has gone gets nothing run.
        const next: NextFunction = () => {
          if (rawReq.socket.destroyed) return;
          answered++;
          res.setHeader('Content-Type', 'application/json');
          res.send(JSON.stringify({ data: { n: answered } }));
        };
        mw.use(req as unknown as ExpressRequest, res as unknown as ExpressResponse, next);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const ask = (signal?: AbortSignal): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer dh_token' },
      body: JSON.stringify({ query: '{ metrics { key } }' }),
      signal,
    });

  it('answers a read again after a client left while its token was being checked', async () => {
    gate.wait = new Promise<void>((r) => (seen.open = r));
    const left = new AbortController();
    const first = ask(left.signal).catch((e: Error) => e);
    while (seen.calls === 0) await new Promise((r) => setTimeout(r, 5));
    left.abort();
    expect(((await first) as Error).name).toBe('AbortError');
    // The server has seen the response close before the lookup answers.
    while (closed === 0) await new Promise((r) => setTimeout(r, 5));
    seen.open();
    gate.wait = null;
    // The same read from a client that stays: answered, not left waiting on the one that went away.
    const again = await ask(AbortSignal.timeout(5_000));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ data: { n: 1 } });
    // And now from the cache.
    const cached = await ask(AbortSignal.timeout(5_000));
    expect([cached.headers.get('x-cache'), await cached.json()]).toEqual(['hit', { data: { n: 1 } }]);
  });
});
