import { Module } from '@nestjs/common';
import { ReportRepository } from './report.repository';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({ providers: [ReportRepository, ReportService, ReportResolver], exports: [ReportRepository, ReportService] })
export class ReportModule {}
