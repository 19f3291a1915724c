import { Module } from '@nestjs/common';
import { ScoringProfileModule } from '../scoring-profile/scoring-profile.module';
import { RankingResolver } from './ranking.resolver';
import { RankingService } from './ranking.service';

@Module({ imports: [ScoringProfileModule], providers: [RankingService, RankingResolver], exports: [RankingService] })
export class RankingModule {}
