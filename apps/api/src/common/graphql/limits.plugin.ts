// Refuses abusive operations before they run: too deep, too costly, or introspection without a token when reading
// needs one. Refusals are client errors (HTTP 400/401 with a code), never a 500.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { appConfig, type AppConfig } from '../../config/app-config';
import { AuthService } from '../../modules/auth/auth.service';
import { credentialsOf } from '../../modules/auth/credentials';
import type { GqlContext } from './loaders';

// GRAPHQL_MAX_DEPTH (10); GRAPHQL_MAX_COMPLEXITY (3000): the dashboard's largest queries (ranking with peer groups and
// explanations, compare with totals) cost ~1,200, the alias amplification this guards against ~11,000;
// GRAPHQL_DB_FIELD_COST (25): a field with its own resolver (a root query, a @ResolveField) costs a database round
// trip, a plain property 1, so ~450 aliases of `findingCount` cost 450 × 25, not 450, and cannot occupy the pool.
const limits = (): AppConfig['graphql'] => appConfig().graphql;

export const dbFieldEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  field.resolve ? limits().dbFieldCost + childComplexity : undefined;

// The standard introspection query (GraphiQL's, codegen's) is 15 deep: its type references nest `ofType` seven times.
// An operation that asks only for the schema gets this limit; it still stops `__type { fields { type { fields … } } }` cycles.
export const MAX_INTROSPECTION_DEPTH = 20;

/** Whether every operation selects only `__schema` / `__type` / `__typename` at its root. */
export function introspectionOnly(doc: DocumentNode): boolean {
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    ops.length > 0 &&
    ops.every((d) => d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')))
  );
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
      else if (!seen.has(s.name.value))
        max = Math.max(max, depth(frags.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
    }
    return max;
  };
  let max = 0;
  for (const d of doc.definitions)
    if (d.kind === Kind.OPERATION_DEFINITION) max = Math.max(max, depth(d.selectionSet, new Set()));
  return max;
}

/** Whether the operation asks for the schema (`__schema` or `__type`) anywhere; `__typename` is data, not the schema. */
export function asksForSchema(doc: DocumentNode): boolean {
  const frags = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) frags.set(d.name.value, d);
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD)
        return s.name.value === '__schema' || s.name.value === '__type' || walk(s.selectionSet);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(frags.get(s.name.value)?.selectionSet);
    });
  return doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && walk(d.selectionSet));
}

const refuse = (message: string, code: string, status: number): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

@Plugin()
export class LimitsPlugin implements ApolloServerPlugin<GqlContext> {
  constructor(
    private readonly host: GraphQLSchemaHost,
    private readonly auth: AuthService,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const schema = this.host.schema;
    const auth = this.auth;
    return {
      async didResolveOperation({ request, document, contextValue }) {
        const lim = limits();
        const depth = queryDepth(document);
        const schemaOnly = introspectionOnly(document);
        const maxDepth = schemaOnly ? Math.max(lim.maxDepth, MAX_INTROSPECTION_DEPTH) : lim.maxDepth;
        if (depth > maxDepth)
          throw refuse(`query depth ${depth} exceeds the limit of ${maxDepth}`, 'QUERY_TOO_DEEP', 400);
        const complexity = getComplexity({
          schema,
          operationName: request.operationName,
          query: document,
          variables: request.variables,
          estimators: [fieldExtensionsEstimator(), dbFieldEstimator, simpleEstimator({ defaultComplexity: 1 })],
        });
        // A schema-only query reads no data (its resolvers are graphql-js's own, which the cost estimator counts as
        // database fields): depth bounds it; the explorer's standard introspection query must pass.
        if (!schemaOnly && complexity > lim.maxComplexity) {
          throw refuse(
            `query complexity ${complexity} exceeds the limit of ${lim.maxComplexity} (a field read from the database costs ${lim.dbFieldCost})`,
            'QUERY_TOO_COMPLEX',
            400,
          );
        }
        if (!auth.readIsOpen() && asksForSchema(document)) {
          const who = contextValue.req
            ? await auth.principal(credentialsOf(contextValue.req.headers)).catch(() => null)
            : null;
          if (!who)
            throw refuse('an API token is required to read the schema (READ_ACCESS=token)', 'UNAUTHENTICATED', 401);
        }
      },
    };
  }
}
