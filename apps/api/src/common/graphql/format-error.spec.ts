import { formatError } from './format-error';

describe('formatError', () => {
  it('turns a Nest 404 into NOT_FOUND and keeps its message', () => {
    const out = formatError({ message: 'report not found', extensions: { code: 'INTERNAL_SERVER_ERROR', status: 404, stacktrace: ['at x'] } });
    expect(out).toEqual({ message: 'report not found', locations: undefined, path: undefined, extensions: { code: 'NOT_FOUND' } });
  });

  it('hides the message of an unexpected fault', () => {
    const out = formatError({ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(out.message).toBe('internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
