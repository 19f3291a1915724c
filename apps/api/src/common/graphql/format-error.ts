// One error style: the message and a code, never a stack or an internal exception; unexpected faults say only that.
import type { GraphQLFormattedError } from 'graphql';

const CLIENT_CODES = new Set([
  'BAD_REQUEST',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'UNAUTHORIZED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'NOT_IMPLEMENTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_GATEWAY',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

// Nest's HTTP exceptions reach Apollo as INTERNAL_SERVER_ERROR with the HTTP status beside it.
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

// PostgreSQL's class 22 (data exception) can only come from a value the caller gave (an id that is not a number, one
// out of range, a NUL character): a client error, told in our words rather than the database's.
const DATA_EXCEPTION: Record<string, string> = {
  '22P02': 'is not a valid number or identifier',
  '22003': 'is out of range',
  '22021': 'contains a character that cannot be stored (such as NUL)',
  '22P05': 'contains a character that cannot be stored (such as NUL)',
};

function sqlStateOf(original: unknown): string | undefined {
  const o = (original as { originalError?: unknown } | undefined)?.originalError ?? original;
  const e = o as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code) ? code : undefined;
}

/** A cancelled statement (57014: statement_timeout, a request's deadline) or no pooled connection in time: overload, not a fault. */
export function isOverload(original: unknown): boolean {
  const o = (original as { originalError?: unknown } | undefined)?.originalError ?? original;
  const e = o as { code?: unknown; message?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return (
    code === '57014' ||
    (typeof e?.message === 'string' &&
      /timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(e.message))
  );
}

function codeOf(e: GraphQLFormattedError): string {
  const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const status = Number(e.extensions?.status);
  return code === 'INTERNAL_SERVER_ERROR' && CODE_BY_STATUS[status] ? CODE_BY_STATUS[status] : code;
}

export function formatError(e: GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const state = sqlStateOf(original);
  if (state) {
    const field = e.path?.filter((p) => typeof p === 'string').join('.') || 'the query';
    return {
      message: `${field}: an argument ${DATA_EXCEPTION[state] ?? 'has a value of the wrong form'}`,
      locations: e.locations,
      path: e.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (isOverload(original)) {
    return {
      message: 'the server is too busy to answer this in time; retry shortly',
      locations: e.locations,
      path: e.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const code = codeOf(e);
  const known = CLIENT_CODES.has(code);
  return {
    message: known ? e.message : 'internal server error',
    locations: e.locations,
    path: e.path,
    extensions: { code },
  };
}
