import { AdminLogEntity, AgencyAliasEntity, AgencyEntity } from '../modules/agency/agency.entity';
import { FindingEntity } from '../modules/finding/finding.entity';
import { RegionEntity } from '../modules/region/region.entity';
import { ReportCellEntity, ReportSectionEntity } from '../modules/report/report-cell.entity';
import { ReportRevisionEntity } from '../modules/report/report-revision.entity';
import { ReportEntity } from '../modules/report/report.entity';

export const ENTITIES = [
  RegionEntity, AgencyEntity, AgencyAliasEntity, AdminLogEntity, ReportEntity, ReportRevisionEntity, ReportCellEntity, ReportSectionEntity, FindingEntity,
];
