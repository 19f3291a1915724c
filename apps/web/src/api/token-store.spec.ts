import {
  authHeaders,
  clearToken,
  OLD_EXPLORER_KEY,
  readToken,
  TOKEN_KEY,
  writeToken,
  type TokenStorages,
} from './token-store';

// A Storage over a Map, as the browser's behaves for these calls.
function memoryStorage(init: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(init));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => {
      m.delete(k);
    },
    setItem: (k, v) => {
      m.set(k, String(v));
    },
  };
}
const storages = (session: Record<string, string> = {}, local: Record<string, string> = {}): TokenStorages => ({
  session: memoryStorage(session),
  local: memoryStorage(local),
});

describe('token store', () => {
  it('keeps the token in sessionStorage under dh.token, trimmed, and clears it', () => {
    const s = storages();
    expect(readToken(s)).toBeNull();
    writeToken('  dh_abc  ', s);
    expect(s.session?.getItem(TOKEN_KEY)).toBe('dh_abc');
    expect(readToken(s)).toBe('dh_abc');
    expect(authHeaders(s)).toEqual({ authorization: 'Bearer dh_abc' });
    expect(s.local?.length).toBe(0);
    clearToken(s);
    expect(readToken(s)).toBeNull();
    expect(authHeaders(s)).toEqual({});
    writeToken('x', s);
    writeToken('   ', s);
    expect(s.session?.getItem(TOKEN_KEY)).toBeNull();
  });

  it("moves the explorer's old localStorage dh-token into the tab's store once and removes it", () => {
    const s = storages({}, { [OLD_EXPLORER_KEY]: 'dh_old', 'dh.locale': 'en' });
    expect(readToken(s)).toBe('dh_old');
    expect(s.session?.getItem(TOKEN_KEY)).toBe('dh_old');
    expect(s.local?.getItem(OLD_EXPLORER_KEY)).toBeNull();
    expect(s.local?.getItem('dh.locale')).toBe('en');
    // Once: a token the explorer's old code writes again later is not picked up a second time in this page.
    s.local?.setItem(OLD_EXPLORER_KEY, 'dh_again');
    clearToken(s);
    expect(readToken(s)).toBeNull();
  });

  it("keeps the tab's own token over an old one, and still removes the old key", () => {
    const s = storages({ [TOKEN_KEY]: 'dh_new' }, { [OLD_EXPLORER_KEY]: 'dh_old' });
    expect(readToken(s)).toBe('dh_new');
    expect(s.local?.getItem(OLD_EXPLORER_KEY)).toBeNull();
  });

  it('has no token when storage is refused, without throwing', () => {
    const refusing = memoryStorage();
    refusing.getItem = () => {
      throw new Error('SecurityError');
    };
    refusing.setItem = () => {
      throw new Error('SecurityError');
    };
    const s: TokenStorages = { session: refusing, local: refusing };
    expect(() => writeToken('dh_x', s)).not.toThrow();
    expect(readToken(s)).toBeNull();
    expect(readToken({ session: null, local: null })).toBeNull();
    expect(authHeaders({ session: null, local: null })).toEqual({});
  });
});
