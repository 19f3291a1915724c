// Refuses abusive operations before they run: too deep, or too complex (graphql-query-complexity).
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = Number(process.env.GRAPHQL_MAX_DEPTH ?? 10);
export const MAX_COMPLEXITY = Number(process.env.GRAPHQL_MAX_COMPLEXITY ?? 1000);

// The standard introspection query (GraphiQL's, codegen's) is 15 deep: its type references nest `ofType` seven times.
// An operation that asks only for the schema gets this limit; it still stops `__type { fields { type { fields … } } }` cycles.
export const MAX_INTROSPECTION_DEPTH = 20;

/** Whether every operation selects only `__schema` / `__type` / `__typename` at its root. */
export function introspectionOnly(doc: DocumentNode): boolean {
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return ops.length > 0 && ops.every((d) => d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')));
}

export function queryDepth(doc: DocumentNode): number {
  const frags = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) frags.set(d.name.value, d);
  const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depth(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depth(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) max = Math.max(max, depth(frags.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
    }
    return max;
  };
  let max = 0;
  for (const d of doc.definitions) if (d.kind === Kind.OPERATION_DEFINITION) max = Math.max(max, depth(d.selectionSet, new Set()));
  return max;
}

@Plugin()
export class LimitsPlugin implements ApolloServerPlugin {
  constructor(private readonly host: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const schema = this.host.schema;
    return {
      async didResolveOperation({ request, document }) {
        const depth = queryDepth(document);
        const maxDepth = introspectionOnly(document) ? Math.max(MAX_DEPTH, MAX_INTROSPECTION_DEPTH) : MAX_DEPTH;
        if (depth > maxDepth) {
          throw new GraphQLError(`query depth ${depth} exceeds the limit of ${maxDepth}`, { extensions: { code: 'QUERY_TOO_DEEP' } });
        }
        const complexity = getComplexity({
          schema, operationName: request.operationName, query: document, variables: request.variables,
          estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(`query complexity ${complexity} exceeds the limit of ${MAX_COMPLEXITY}`,
            { extensions: { code: 'QUERY_TOO_COMPLEX' } });
        }
      },
    };
  }
}
