import { clientKey } from './rate-limit.middleware';

describe('rate limit client key', () => {
  it('keys a client by its token once the token is verified, else by its address', () => {
    const sock = { remoteAddress: '10.1.1.1' } as never;
    const live = (t: string) => t === 'abc';
    const a = clientKey({ headers: { authorization: 'Bearer abc' }, ip: '1.2.3.4', socket: sock }, live);
    expect(a).toMatch(/^t:[0-9a-f]{32}$/);
    expect(clientKey({ headers: { authorization: 'Bearer abc' }, ip: '5.6.7.8', socket: sock }, live)).toBe(a);
    expect(clientKey({ headers: {}, ip: '1.2.3.4', socket: sock }, live)).toBe('ip:1.2.3.4');
    expect(clientKey({ headers: {}, ip: undefined, socket: sock }, live)).toBe('ip:10.1.1.1');
  });

  it('counts an unverified or malformed token against the address, whatever the token', () => {
    const sock = { remoteAddress: '10.1.1.1' } as never;
    const none = () => false;
    const keys = ['Bearer r1', 'Bearer r2', 'Basic x', 'Bearer'].map((h) =>
      clientKey({ headers: { authorization: h }, ip: '1.2.3.4', socket: sock }, none),
    );
    expect(new Set(keys)).toEqual(new Set(['tv:1.2.3.4']));
  });

  it('counts a session cookie (unchecked here, so possibly made up) against the address; a token beside it wins', () => {
    const sock = { remoteAddress: '10.1.1.1' } as never;
    const live = (t: string) => t === 'abc';
    expect(
      ['dh_session=s1', 'dh_session=s2'].map((cookie) =>
        clientKey({ headers: { cookie }, ip: '1.2.3.4', socket: sock }, live),
      ),
    ).toEqual(['ip:1.2.3.4', 'ip:1.2.3.4']);
    expect(
      clientKey(
        { headers: { authorization: 'Bearer abc', cookie: 'dh_session=s1' }, ip: '1.2.3.4', socket: sock },
        live,
      ),
    ).toMatch(/^t:/);
  });
});
