import { Global, Module } from '@nestjs/common';
import { MetricResolver } from './metric.resolver';
import { MetricService } from './metric.service';

// Global: every analytics module validates metric keys through it.
@Global()
@Module({ providers: [MetricService, MetricResolver], exports: [MetricService] })
export class MetricModule {}
