import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { ReportModule } from '../report/report.module';
import { DemoDataService } from './demo-data.service';
import { IngestService } from './ingest.service';

@Module({ imports: [AgencyModule, ReportModule], providers: [IngestService, DemoDataService], exports: [IngestService, DemoDataService] })
export class IngestModule {}
