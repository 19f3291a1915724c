// The API token of this tab, one store for the dashboard and the explorer. sessionStorage: it ends with the tab and is
// never put in a URL. The explorer once kept it in localStorage `dh-token`, which outlives the tab: a token found
// there is moved here once and the old key removed.
export const TOKEN_KEY = 'dh.token';
export const OLD_EXPLORER_KEY = 'dh-token';

export interface TokenStorages {
  session: Storage | null;
  local: Storage | null;
}

// Storage can be refused (private modes, sandboxed frames): then there is simply no token.
function browserStorages(): TokenStorages {
  const get = (name: 'sessionStorage' | 'localStorage'): Storage | null => {
    try {
      return globalThis[name] ?? null;
    } catch {
      return null;
    }
  };
  return { session: get('sessionStorage'), local: get('localStorage') };
}

const migrated = new WeakSet<Storage>();

function migrate(s: TokenStorages): void {
  if (!s.local || migrated.has(s.local)) return;
  migrated.add(s.local);
  try {
    const old = s.local.getItem(OLD_EXPLORER_KEY);
    if (old === null) return;
    if (old.trim() && s.session && !s.session.getItem(TOKEN_KEY)) s.session.setItem(TOKEN_KEY, old.trim());
    s.local.removeItem(OLD_EXPLORER_KEY);
  } catch {
    /* refused storage: nothing to move */
  }
}

export function readToken(s: TokenStorages = browserStorages()): string | null {
  migrate(s);
  try {
    return s.session?.getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

/** Stores a token (trimmed); an empty one clears it. */
export function writeToken(token: string, s: TokenStorages = browserStorages()): void {
  migrate(s);
  const t = token.trim();
  try {
    if (t) s.session?.setItem(TOKEN_KEY, t);
    else s.session?.removeItem(TOKEN_KEY);
  } catch {
    /* refused storage: the token lasts no longer than this call */
  }
}

export function clearToken(s: TokenStorages = browserStorages()): void {
  writeToken('', s);
}

/** The Authorization header for this tab's token, or none. */
export function authHeaders(s: TokenStorages = browserStorages()): Record<string, string> {
  const t = readToken(s);
  return t ? { authorization: `Bearer ${t}` } : {};
}
