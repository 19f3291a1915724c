import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { RegionModule } from '../region/region.module';
import { DeadlineService } from './deadline.service';
import { RosterController } from './roster.controller';
import { RosterRepository } from './roster.repository';
import { RosterResolver } from './roster.resolver';
import { RosterService } from './roster.service';

@Module({
  imports: [AgencyModule, RegionModule],
  providers: [RosterRepository, RosterService, DeadlineService, RosterResolver],
  controllers: [RosterController],
  exports: [RosterService, DeadlineService],
})
export class RosterModule {}
