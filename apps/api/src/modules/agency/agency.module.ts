import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { RegionModule } from '../region/region.module';
import { RevisionModule } from '../revision/revision.module';
import { ReportMoveRepository } from '../report/report-move.repository';
import { AgencyAdminResolver } from './agency-admin.resolver';
import { AgencyAdminService } from './agency-admin.service';
import { AgencyResolutionService } from './agency-resolution.service';
import { AgencyQueryRepository } from './agency-query.repository';
import { AgencyRepository } from './agency.repository';
import { AgencyResolver } from './agency.resolver';
import { KnownIdsPipe } from './known-ids.pipe';

@Module({
  imports: [RegionModule, RevisionModule],
  providers: [
    AgencyRepository,
    AgencyQueryRepository,
    AgencyResolver,
    ReportMoveRepository,
    AgencyResolutionService,
    AgencyAdminService,
    AgencyAdminResolver,
    { provide: APP_PIPE, useClass: KnownIdsPipe },
  ],
  exports: [AgencyRepository, AgencyQueryRepository, AgencyResolutionService, AgencyAdminService],
})
export class AgencyModule {}
