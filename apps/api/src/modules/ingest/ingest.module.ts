import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { ReportModule } from '../report/report.module';
import { RevisionModule } from '../revision/revision.module';
import { RosterModule } from '../roster/roster.module';
import { DemoDataService } from './demo-data.service';
import { IngestRepository } from './ingest.repository';
import { IngestService } from './ingest.service';
import { ParsePool } from './parse-pool';
import { UploadController } from './upload.controller';

@Module({
  imports: [AgencyModule, ReportModule, RevisionModule, RosterModule],
  controllers: [UploadController],
  providers: [
    IngestRepository,
    IngestService,
    DemoDataService,
    { provide: ParsePool, useFactory: () => new ParsePool() },
  ],
  exports: [IngestService, DemoDataService],
})
export class IngestModule {}
