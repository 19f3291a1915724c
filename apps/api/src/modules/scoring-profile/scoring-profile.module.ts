import { Module } from '@nestjs/common';
import { ScoringProfileRepository } from './scoring-profile.repository';
import { ScoringProfileResolver } from './scoring-profile.resolver';
import { ScoringProfileService } from './scoring-profile.service';

@Module({
  providers: [ScoringProfileRepository, ScoringProfileService, ScoringProfileResolver],
  exports: [ScoringProfileService],
})
export class ScoringProfileModule {}
