// One error style: the message and a code, never a stack or an internal exception; unexpected faults say only that.
import type { GraphQLFormattedError } from 'graphql';

const CLIENT_CODES = new Set(['BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'UNAUTHORIZED', 'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'NOT_IMPLEMENTED', 'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_GATEWAY']);

export function formatError(e: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const known = CLIENT_CODES.has(code);
  return {
    message: known ? e.message : 'internal server error',
    locations: e.locations,
    path: e.path,
    extensions: { code },
  };
}
