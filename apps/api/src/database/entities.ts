// Every table has its entity, true to the migrated schema (apps/api/test/entity-drift.int-spec.ts). TypeORM connects
// and migrates; queries are SQL through database/sql.ts.
import { AppSessionEntity, AppUserEntity } from '../modules/account/account.entity';
import { AdminLogEntity, AgencyAliasEntity, AgencyEntity } from '../modules/agency/agency.entity';
import { ApiTokenEntity } from '../modules/auth/api-token.entity';
import { CellCorrectionEntity } from '../modules/correction/cell-correction.entity';
import { FindingEntity, FindingReviewEntity } from '../modules/finding/finding.entity';
import { MonitorEventEntity, PublicationCheckEntity } from '../modules/monitor/publication-check.entity';
import { RegionEntity } from '../modules/region/region.entity';
import { ReportCellEntity, ReportSectionEntity } from '../modules/report/report-cell.entity';
import { ReportRevisionEntity } from '../modules/report/report-revision.entity';
import { ReportEntity } from '../modules/report/report.entity';
import { ReportDeadlineEntity } from '../modules/roster/report-deadline.entity';
import { ScoringProfileEntity } from '../modules/scoring-profile/scoring-profile.entity';
import { SubmissionEntity, SubmissionEventEntity } from '../modules/submission/submission.entity';

export const ENTITIES = [
  RegionEntity,
  AgencyEntity,
  AgencyAliasEntity,
  AdminLogEntity,
  ReportEntity,
  ReportRevisionEntity,
  ReportCellEntity,
  ReportSectionEntity,
  FindingEntity,
  FindingReviewEntity,
  CellCorrectionEntity,
  ScoringProfileEntity,
  ApiTokenEntity,
  AppUserEntity,
  AppSessionEntity,
  SubmissionEntity,
  SubmissionEventEntity,
  PublicationCheckEntity,
  MonitorEventEntity,
  ReportDeadlineEntity,
];
