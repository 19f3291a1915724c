import { authHeaders } from './token-store';

// One small typed fetch for GraphQL operations; errors carry the server's message.
export class ApiError extends Error {}

/**
 * A busy server answers 503 with Retry-After (its admission queue is full, or a statement was cancelled): the page
 * waits as told and asks again, a few times, instead of showing an error — or, for `whoami`, treating an admin as a
 * visitor for the rest of the visit.
 */
const RETRIES_ON_503 = 3;
const MAX_WAIT_S = 5;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// T and V are the operation's generated result and variable types (generated.ts).
export async function gql<T, V extends object = Record<string, never>>(query: string, variables?: V): Promise<T> {
  let res: Response;
  for (let attempt = 0; ; attempt++) {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...authHeaders() },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    if (res.status !== 503 || attempt >= RETRIES_ON_503) break;
    const after = Number(res.headers.get('retry-after'));
    await sleep(1000 * Math.min(MAX_WAIT_S, Number.isFinite(after) && after > 0 ? after : 1));
  }
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (!res.ok || !body || body.errors?.length || !body.data) {
    throw new ApiError(body?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  }
  return body.data;
}
