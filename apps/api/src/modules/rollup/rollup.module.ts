import { Module } from '@nestjs/common';
import { MetricModule } from '../metric/metric.module';
import { RollupRepository } from './rollup.repository';
import { RollupResolver } from './rollup.resolver';
import { RollupService } from './rollup.service';

@Module({ imports: [MetricModule], providers: [RollupRepository, RollupService, RollupResolver] })
export class RollupModule {}
