import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { RosterModule } from '../roster/roster.module';
import { MonitorRepository } from './monitor.repository';
import { MonitorResolver } from './monitor.resolver';
import { MonitorScheduler } from './monitor.scheduler';
import { MonitorService } from './monitor.service';

@Module({ imports: [IngestModule, RosterModule], providers: [MonitorRepository, MonitorService, MonitorResolver, MonitorScheduler], exports: [MonitorService] })
export class MonitorModule {}
