import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { RevisionModule } from '../revision/revision.module';
import { ReportMoveRepository } from '../report/report-move.repository';
import { AgencyAdminResolver } from './agency-admin.resolver';
import { AgencyAdminService } from './agency-admin.service';
import { AgencyResolutionService } from './agency-resolution.service';
import { AgencyQueryRepository } from './agency-query.repository';
import { AgencyRepository } from './agency.repository';
import { AgencyResolver } from './agency.resolver';

@Module({ imports: [RegionModule, RevisionModule], providers: [AgencyRepository, AgencyQueryRepository, AgencyResolver, ReportMoveRepository, AgencyResolutionService, AgencyAdminService,
    AgencyAdminResolver],
  exports: [AgencyRepository, AgencyQueryRepository, AgencyResolutionService, AgencyAdminService] })
export class AgencyModule {}
