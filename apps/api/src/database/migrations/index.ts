import { InitSchema1764150000000 } from './1764150000000-init-schema';
import { IngestProvenance1764160000000 } from './1764160000000-ingest-provenance';
import { Analytics1764170000000 } from './1764170000000-analytics';

// Listed explicitly (not globbed) so the compiled app and the tests run the same set in the same order.
export const MIGRATIONS = [InitSchema1764150000000, IngestProvenance1764160000000, Analytics1764170000000];
