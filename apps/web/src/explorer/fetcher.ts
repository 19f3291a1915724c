// Posts to /graphql with the token the dashboard keeps (one store, api/token-store.ts).
import type { ExecutionResult } from 'graphql';
import { authHeaders } from '../api/token-store';

export interface GraphQLParams {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export async function graphqlFetcher(params: GraphQLParams): Promise<ExecutionResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    ...authHeaders(),
  };
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  const text = await res.text();
  try {
    return JSON.parse(text) as ExecutionResult;
  } catch {
    // A proxy or rate limit page: show it as a GraphQL error instead of a JSON parse failure.
    return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 200)}` }] } as unknown as ExecutionResult;
  }
}

/** The data of a query, or an Error with the server's messages. */
export async function runQuery(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const r = await graphqlFetcher({ query, variables });
  if (r.errors?.length) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.data;
}
