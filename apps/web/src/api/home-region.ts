// The office's home region, asked before the first page renders: its own file, so the roster's operations stay out
// of the first page's bundle.
import type * as G from './generated';
import { gql } from './graphql';

export type HomeRegion = NonNullable<G.HomeRegionQuery['homeRegion']>;
export const homeRegionQuery = () =>
  gql<G.HomeRegionQuery>(/* GraphQL */ `query HomeRegion { homeRegion { id name level source } }`).then(
    (d) => d.homeRegion,
  );
