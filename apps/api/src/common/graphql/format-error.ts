// One error style: the message and a code, never a stack or an internal exception; unexpected faults say only that.
import type { GraphQLFormattedError } from 'graphql';

const CLIENT_CODES = new Set(['BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'UNAUTHORIZED', 'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'NOT_IMPLEMENTED', 'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_GATEWAY']);

// Nest's HTTP exceptions reach Apollo as INTERNAL_SERVER_ERROR with the HTTP status beside it.
const CODE_BY_STATUS: Record<number, string> = { 400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

function codeOf(e: GraphQLFormattedError): string {
  const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const status = Number(e.extensions?.status);
  return code === 'INTERNAL_SERVER_ERROR' && CODE_BY_STATUS[status] ? CODE_BY_STATUS[status] : code;
}

export function formatError(e: GraphQLFormattedError): GraphQLFormattedError {
  const code = codeOf(e);
  const known = CLIENT_CODES.has(code);
  return {
    message: known ? e.message : 'internal server error',
    locations: e.locations,
    path: e.path,
    extensions: { code },
  };
}
