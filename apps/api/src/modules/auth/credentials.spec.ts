import { createHash } from 'node:crypto';
import { bearerOf, credentialKey, credentialsOf, sessionIdOf } from './credentials';

describe('credentials of a request', () => {
  it('reads a bearer token, case-insensitively, from the first Authorization header', () => {
    expect(credentialsOf({ authorization: 'Bearer abc' })).toEqual({ kind: 'token', token: 'abc' });
    expect(credentialsOf({ authorization: 'bearer   abc' })).toEqual({ kind: 'token', token: 'abc' });
    expect(credentialsOf({ authorization: ['Bearer one', 'Bearer two'] })).toEqual({ kind: 'token', token: 'one' });
  });

  it('calls any other Authorization header malformed, never anonymous', () => {
    for (const h of ['Basic dXNlcjpwdw==', 'Bearer', 'Bearer a b', 'abc'])
      expect(credentialsOf({ authorization: h })).toEqual({ kind: 'malformed' });
  });

  it('reads the session cookie only when there is no Authorization header: a token wins', () => {
    expect(credentialsOf({ cookie: 'dh.locale=en; dh_session=s1' })).toEqual({ kind: 'session', sessionId: 's1' });
    expect(credentialsOf({ authorization: 'Bearer abc', cookie: 'dh_session=s1' })).toEqual({
      kind: 'token',
      token: 'abc',
    });
    expect(credentialsOf({ cookie: 'other=1' })).toEqual({ kind: 'none' });
    expect(credentialsOf({ cookie: 'dh_session=' })).toEqual({ kind: 'none' });
    expect(credentialsOf({})).toEqual({ kind: 'none' });
    expect(sessionIdOf(undefined)).toBeNull();
    expect(bearerOf('Token abc')).toBeNull();
  });

  it('keys a credential by a digest, never the secret itself, and tells tokens from sessions', () => {
    const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);
    expect(credentialKey({ kind: 'token', token: 'abc' })).toBe(`t:${sha('abc')}`);
    expect(credentialKey({ kind: 'session', sessionId: 'abc' })).toBe(`s:${sha('abc')}`);
    expect(credentialKey({ kind: 'none' })).toBe('none');
    expect(credentialKey({ kind: 'malformed' })).toBe('malformed');
  });
});
