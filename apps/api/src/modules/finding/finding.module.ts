import { Module } from '@nestjs/common';
import { FindingResolver } from './finding.resolver';
import { FindingService } from './finding.service';

@Module({ providers: [FindingService, FindingResolver], exports: [FindingService] })
export class FindingModule {}
