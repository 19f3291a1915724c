import { Module } from '@nestjs/common';
import { CorrectionRepository } from './correction.repository';
import { CorrectionResolver } from './correction.resolver';
import { CorrectionService } from './correction.service';

@Module({ providers: [CorrectionRepository, CorrectionService, CorrectionResolver] })
export class CorrectionModule {}
