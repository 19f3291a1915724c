import { Module } from '@nestjs/common';
import { CollectionRepository } from './collection.repository';
import { CollectionResolver } from './collection.resolver';
import { CollectionService } from './collection.service';

@Module({ providers: [CollectionRepository, CollectionService, CollectionResolver], exports: [CollectionService] })
export class CollectionModule {}
