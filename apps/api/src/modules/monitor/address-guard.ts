// SSRF guard: the monitor fetches URLs an office typed into its roster, so every hop (redirects included) must resolve
// to a public address unless an admin allowed that host (tests allow 127.0.0.1 explicitly). The check runs twice: on
// the URL before a request is queued (a clear refusal early), and again on the very addresses the socket connects to
// (`connectLookup`), so a name that resolves to a public address first and to a private one a moment later (DNS
// rebinding) is still refused.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

export class FetchRefused extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** All addresses of a host name (injectable so a test can play a rebinding resolver). */
export type Resolve = (host: string) => Promise<LookupAddress[]>;
export const systemResolve: Resolve = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))),
  );

function nonPublic(addrs: LookupAddress[]): LookupAddress | undefined {
  return addrs.find((a) => ipaddr.process(a.address).range() !== 'unicast');
}
const refusal = (host: string, a: LookupAddress): string =>
  `${host} resolves to ${a.address} (${ipaddr.process(a.address).range()}), a non-public address; an admin must allow it`;

export async function assertPublic(
  url: URL,
  allowHosts: ReadonlySet<string>,
  resolve: Resolve = systemResolve,
): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused(url.href, `only http(s) is fetched, not ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowHosts.has(host)) return;
  const addrs = ipaddr.isValid(host)
    ? [{ address: host, family: host.includes(':') ? 6 : 4 }]
    : await resolve(host).catch(() => []);
  if (!addrs.length) throw new FetchRefused(url.href, `host ${host} does not resolve`);
  const bad = nonPublic(addrs);
  if (bad) throw new FetchRefused(url.href, refusal(host, bad));
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for the HTTP agent's sockets: resolves as net.connect would, then refuses private addresses of hosts
 * not allowed. IP literals never reach it (they were checked by assertPublic and cannot change).
 */
export function connectLookup(allowHosts: ReadonlySet<string>, resolve: Resolve = systemResolve) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolve(host)
      .then((addrs) => {
        if (!addrs.length) throw new FetchRefused(host, `host ${host} does not resolve`);
        const bad = allowHosts.has(host) ? undefined : nonPublic(addrs);
        if (bad) throw new FetchRefused(host, `at connect: ${refusal(host, bad)}`);
        if (options.all) callback(null, addrs);
        else callback(null, addrs[0].address, addrs[0].family);
      })
      .catch((e: NodeJS.ErrnoException) => callback(e, ''));
  };
}
