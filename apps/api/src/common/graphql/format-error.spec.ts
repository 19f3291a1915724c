import { formatError } from './format-error';

describe('formatError', () => {
  it('turns a Nest 404 into NOT_FOUND and keeps its message', () => {
    const out = formatError({
      message: 'report not found',
      extensions: { code: 'INTERNAL_SERVER_ERROR', status: 404, stacktrace: ['at x'] },
    });
    expect(out).toEqual({
      message: 'report not found',
      locations: undefined,
      path: undefined,
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('hides the message of an unexpected fault', () => {
    const out = formatError({ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(out.message).toBe('internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('formatError with a database data exception', () => {
  const formatted = {
    message: 'invalid input syntax for type bigint: "abc"',
    path: ['report'],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };

  it.each([
    ['22P02', 'report: an argument is not a valid number or identifier'],
    ['22003', 'report: an argument is out of range'],
    ['22021', 'report: an argument contains a character that cannot be stored (such as NUL)'],
  ])('turns SQLSTATE %s into BAD_USER_INPUT in its own words', (code, message) => {
    const out = formatError(formatted, { originalError: { code, driverError: { code } } });
    expect(out).toEqual({ message, locations: undefined, path: ['report'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('leaves other database errors internal', () => {
    const out = formatError(formatted, { originalError: { code: '42P01' } });
    expect(out).toEqual({
      message: 'internal server error',
      locations: undefined,
      path: ['report'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('formatError under overload', () => {
  const formatted = {
    message: 'canceling statement due to statement timeout',
    path: ['ranking'],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };

  it.each([
    [
      'a statement cancelled by statement_timeout',
      { originalError: { code: '57014', driverError: { code: '57014' } } },
    ],
    ['no pooled connection in time', { originalError: new Error('timeout exceeded when trying to connect') }],
    // A new pooled connection the server was too busy to set up within connectionTimeoutMillis (seen at 200 clients).
    [
      'a new connection not set up in time',
      { originalError: new Error('Connection terminated due to connection timeout') },
    ],
    [
      'a read stopped at its deadline',
      {
        originalError: Object.assign(new Error('canceling statement: this request ran longer than 9 s'), {
          code: '57014',
        }),
      },
    ],
  ])('answers %s with SERVICE_UNAVAILABLE (the plugin sends it as a 503), not an internal error', (_what, original) => {
    const out = formatError(formatted, original);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(out.message).toBe('the server is too busy to answer this in time; retry shortly');
  });
});
