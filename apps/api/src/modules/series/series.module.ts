import { Module } from '@nestjs/common';
import { SeriesRepository } from './series.repository';
import { SeriesResolver } from './series.resolver';
import { SeriesService } from './series.service';

@Module({ providers: [SeriesRepository, SeriesService, SeriesResolver], exports: [SeriesService] })
export class SeriesModule {}
