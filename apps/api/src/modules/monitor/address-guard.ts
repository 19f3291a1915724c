// SSRF guard: the monitor fetches URLs an office typed into its roster, so every hop (redirects included) must resolve
// to a public address unless an admin allowed that host (tests allow 127.0.0.1 explicitly).
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export class FetchRefused extends Error {
  constructor(readonly url: string, readonly reason: string) { super(`${url}: ${reason}`); }
}

export async function assertPublic(url: URL, allowHosts: ReadonlySet<string>): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(url.href, `only http(s) is fetched, not ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowHosts.has(host)) return;
  const addrs = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (!addrs.length) throw new FetchRefused(url.href, `host ${host} does not resolve`);
  for (const a of addrs) {
    const range = ipaddr.process(a).range();
    if (range !== 'unicast') throw new FetchRefused(url.href, `${host} resolves to ${a} (${range}), a non-public address; an admin must allow it`);
  }
}
