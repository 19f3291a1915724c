import { Module } from '@nestjs/common';
import { RegionQueryRepository } from './region-query.repository';
import { RegionRepository } from './region.repository';
import { RegionResolver } from './region.resolver';

@Module({
  providers: [RegionRepository, RegionQueryRepository, RegionResolver],
  exports: [RegionRepository, RegionQueryRepository],
})
export class RegionModule {}
