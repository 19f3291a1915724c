import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { AgencyQueryRepository } from './agency-query.repository';
import { AgencyRepository } from './agency.repository';
import { AgencyResolver } from './agency.resolver';

@Module({ imports: [RegionModule], providers: [AgencyRepository, AgencyQueryRepository, AgencyResolver], exports: [AgencyRepository, AgencyQueryRepository] })
export class AgencyModule {}
