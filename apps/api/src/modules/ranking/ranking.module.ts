import { Module } from '@nestjs/common';
import { RosterModule } from '../roster/roster.module';
import { ScoringProfileModule } from '../scoring-profile/scoring-profile.module';
import { RankingRepository } from './ranking.repository';
import { RankingResolver } from './ranking.resolver';
import { RankingService } from './ranking.service';

@Module({
  imports: [ScoringProfileModule, RosterModule],
  providers: [RankingRepository, RankingService, RankingResolver],
  exports: [RankingService],
})
export class RankingModule {}
