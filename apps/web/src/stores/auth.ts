// The caller's API token and role, shared by the pages that need a role (findings review, import, exports).
// The token lives in sessionStorage: it ends with the tab, and is never put in a URL.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { whoamiQuery, type Caller } from '../api/ops';

export const useAuth = defineStore('auth', () => {
  const caller = ref<Caller | null>(null);
  const error = ref('');
  let inflight: Promise<void> | null = null;
  // Several tables on one page ask at mount: one whoami answers them all.
  function refresh(): Promise<void> {
    inflight ??= whoamiQuery().then((c) => { caller.value = c; error.value = ''; }, (e: unknown) => { caller.value = null; error.value = (e as Error).message; })
      .finally(() => { inflight = null; });
    return inflight;
  }
  const canExport = () => caller.value?.role === 'analyst' || caller.value?.role === 'admin';
  async function useToken(token: string): Promise<void> {
    if (token) sessionStorage.setItem('dh.token', token.trim()); else sessionStorage.removeItem('dh.token');
    await refresh();
    if (error.value) sessionStorage.removeItem('dh.token');
  }
  const isAdmin = () => caller.value?.role === 'admin';
  // Accounts sign in with a password; the server keeps the session and the browser only an httpOnly cookie. A token
  // in this tab would win over the cookie, so signing in drops it.
  // The collection loop's operations load with the sign-in, not with the first page.
  async function signIn(username: string, password: string): Promise<void> {
    sessionStorage.removeItem('dh.token');
    await (await import('../api/submission-ops')).signIn(username, password);
    await refresh();
  }
  async function signOut(): Promise<void> {
    await (await import('../api/submission-ops')).signOut();
    await refresh();
  }
  const isBureau = () => caller.value?.account === 'bureau';
  const isOffice = () => caller.value?.account === 'reviewer' || caller.value?.account === 'admin';
  return { caller, error, refresh, useToken, isAdmin, canExport, signIn, signOut, isBureau, isOffice };
});
