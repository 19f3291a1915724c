// The caller's API token and role, shared by the pages that need a role (findings review, import, exports).
// The token lives in the tab's token store (api/token-store.ts), shared with the explorer.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { whoamiQuery, type Caller } from '../api/ops';
import { clearToken, readToken as currentToken, writeToken } from '../api/token-store';
import { latestPerKey } from './latest-question';

export const useAuth = defineStore('auth', () => {
  const caller = ref<Caller | null>(null);
  const error = ref('');
  let signIns = 0; // a sign-in or sign-out changes the cookie, which the page cannot read: count them instead
  // Several tables on one page ask at mount: one whoami answers them all. But a whoami sent before a token was
  // entered (or before a sign-in) must not answer for it: on a slow server the visitor's answer arrived after the
  // admin pasted a token and clicked, and the page stayed a visitor's.
  const ask = latestPerKey(whoamiQuery, (o) => {
    caller.value = o.ok ? o.value : null;
    error.value = o.ok ? '' : (o.error as Error).message;
  });
  const refresh = (): Promise<void> => ask(`${signIns}:${currentToken() ?? ''}`);
  const canExport = () => caller.value?.role === 'analyst' || caller.value?.role === 'admin';
  async function useToken(token: string): Promise<void> {
    writeToken(token);
    await refresh();
    if (error.value) clearToken();
  }
  const isAdmin = () => caller.value?.role === 'admin';
  // Accounts sign in with a password; the server keeps the session and the browser only an httpOnly cookie. A token
  // in this tab would win over the cookie, so signing in drops it.
  // The collection loop's operations load with the sign-in, not with the first page.
  async function signIn(username: string, password: string): Promise<void> {
    clearToken();
    await (await import('../api/submission-ops')).signIn(username, password);
    signIns++;
    await refresh();
  }
  async function signOut(): Promise<void> {
    await (await import('../api/submission-ops')).signOut();
    signIns++;
    await refresh();
  }
  const isBureau = () => caller.value?.account === 'bureau';
  const isOffice = () => caller.value?.account === 'reviewer' || caller.value?.account === 'admin';
  return { caller, error, refresh, useToken, isAdmin, canExport, signIn, signOut, isBureau, isOffice };
});
