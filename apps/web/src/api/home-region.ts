// The office's home region, asked before the first page renders: its own file, so the roster's operations stay out
// of the first page's bundle.
import { gql } from './graphql';

export interface HomeRegion { id: number; name: string; level: string; source: string }
export const homeRegionQuery = () => gql<{ homeRegion: HomeRegion | null }>('query HomeRegion { homeRegion { id name level source } }').then((d) => d.homeRegion);
