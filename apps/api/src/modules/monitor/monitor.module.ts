import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { RosterModule } from '../roster/roster.module';
import { SubmissionModule } from '../submission/submission.module';
import { MonitorRepository } from './monitor.repository';
import { MonitorResolver } from './monitor.resolver';
import { MonitorScheduler } from './monitor.scheduler';
import { MonitorService } from './monitor.service';

@Module({
  imports: [IngestModule, RosterModule, SubmissionModule],
  providers: [MonitorRepository, MonitorService, MonitorResolver, MonitorScheduler],
  exports: [MonitorService],
})
export class MonitorModule {}
