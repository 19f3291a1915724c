import { ApiError, gql } from './graphql';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('gql on a busy server', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('waits as Retry-After says and asks again after a 503', async () => {
    const calls: number[] = [];
    const replies = [
      answer(503, { errors: [{ message: 'busy' }] }, { 'retry-after': '1' }),
      answer(200, { data: { whoami: { role: 'admin' } } }),
    ];
    global.fetch = (async () => {
      calls.push(Date.now());
      return replies.shift()!;
    }) as typeof fetch;
    await expect(gql('query WhoAmI { whoami { role } }')).resolves.toEqual({ whoami: { role: 'admin' } });
    expect(calls).toHaveLength(2);
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(950);
  });

  it("gives up after a few tries with the server's message", async () => {
    let n = 0;
    global.fetch = (async () => {
      n++;
      return answer(503, { errors: [{ message: 'server busy' }] }, { 'retry-after': '0' });
    }) as typeof fetch;
    await expect(gql('{ x }')).rejects.toEqual(new ApiError('server busy'));
    expect(n).toBe(4);
  }, 15_000);

  it('does not retry other errors', async () => {
    let n = 0;
    global.fetch = (async () => {
      n++;
      return answer(400, { errors: [{ message: 'bad field' }] });
    }) as typeof fetch;
    await expect(gql('{ x }')).rejects.toThrow('bad field');
    expect(n).toBe(1);
  });
});
