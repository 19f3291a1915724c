import { Module } from '@nestjs/common';
import { CompareRepository } from './compare.repository';
import { CompareResolver } from './compare.resolver';
import { CompareService } from './compare.service';

@Module({ providers: [CompareRepository, CompareService, CompareResolver], exports: [CompareService] })
export class CompareModule {}
