import { InitSchema1764150000000 } from './1764150000000-init-schema';

// Listed explicitly (not globbed) so the compiled app and the tests run the same set in the same order.
export const MIGRATIONS = [InitSchema1764150000000];
