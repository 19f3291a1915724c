import { Module } from '@nestjs/common';
import { CollectionResolver } from './collection.resolver';
import { CollectionService } from './collection.service';

@Module({ providers: [CollectionService, CollectionResolver], exports: [CollectionService] })
export class CollectionModule {}
