import { Module } from '@nestjs/common';
import { RegionQueryRepository } from './region-query.repository';
import { RegionResolver } from './region.resolver';

@Module({ providers: [RegionQueryRepository, RegionResolver], exports: [RegionQueryRepository] })
export class RegionModule {}
