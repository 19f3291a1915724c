import { Module } from '@nestjs/common';
import { FindingRepository } from './finding.repository';
import { FindingResolver } from './finding.resolver';
import { FindingService } from './finding.service';

@Module({ providers: [FindingRepository, FindingService, FindingResolver], exports: [FindingService] })
export class FindingModule {}
