import { authHeaders } from '../components/download';

// One small typed fetch for GraphQL operations; errors carry the server's message.
export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (!res.ok || !body || body.errors?.length || !body.data) {
    throw new ApiError(body?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  }
  return body.data;
}
