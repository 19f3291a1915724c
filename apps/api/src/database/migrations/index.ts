import { InitSchema1764150000000 } from './1764150000000-init-schema';
import { IngestProvenance1764160000000 } from './1764160000000-ingest-provenance';
import { CellNoFk1764160000001 } from './1764160000001-cell-no-fk';
import { Analytics1764170000000 } from './1764170000000-analytics';
import { AnalyticsIndexes1764180000000 } from './1764180000000-analytics-indexes';
import { RevisionFacts1764190000000 } from './1764190000000-revision-facts';
import { Roster1765000000000 } from './1765000000000-roster';
import { PublicationCheck1765000001000 } from './1765000001000-publication-check';
import { RevisionDatesAmountUnits1765100000000 } from './1765100000000-revision-dates-amount-units';
import { RevisionChoice1765100000001 } from './1765100000001-revision-choice';
import { IndicatorFacts1766000000000 } from './1766000000000-indicator-facts';
import { AccountsSubmissions1767000000000 } from './1767000000000-accounts-submissions';
import { CellCorrection1767100000000 } from './1767100000000-cell-correction';
import { PublicationEvidence1767500000000 } from './1767500000000-publication-evidence';
import { RevisionCountHashed1767800000000 } from './1767800000000-revision-count-hashed';
import { RevisionFactsKeys1768000000000 } from './1768000000000-revision-facts-keys';

// Listed explicitly (not globbed) so the compiled app and the tests run the same set in the same order.
export const MIGRATIONS = [
  InitSchema1764150000000,
  IngestProvenance1764160000000,
  CellNoFk1764160000001,
  Analytics1764170000000,
  AnalyticsIndexes1764180000000,
  RevisionFacts1764190000000,
  Roster1765000000000,
  PublicationCheck1765000001000,
  RevisionDatesAmountUnits1765100000000,
  RevisionChoice1765100000001,
  IndicatorFacts1766000000000,
  AccountsSubmissions1767000000000,
  CellCorrection1767100000000,
  PublicationEvidence1767500000000,
  RevisionCountHashed1767800000000,
  RevisionFactsKeys1768000000000,
];
