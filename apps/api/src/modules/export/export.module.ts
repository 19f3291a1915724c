import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { RegionModule } from '../region/region.module';
import { CollectionModule } from '../collection/collection.module';
import { CompareModule } from '../compare/compare.module';
import { RankingModule } from '../ranking/ranking.module';
import { SeriesModule } from '../series/series.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

@Module({
  imports: [AgencyModule, RegionModule, CompareModule, SeriesModule, RankingModule, CollectionModule],
  controllers: [ExportController],
  providers: [ExportService],
})
export class ExportModule {}
