// An answer that carries an overload error (a statement timeout, no connection in time) is sent as HTTP 503 with
// Retry-After, like the admission queue's refusals: a client or proxy retries it instead of showing a partial page.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { GqlContext } from './loaders';

export const RETRY_AFTER_S = 5;

@Plugin()
export class OverloadPlugin implements ApolloServerPlugin<GqlContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_S));
      },
    };
  }
}
