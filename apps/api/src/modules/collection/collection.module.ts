import { Module } from '@nestjs/common';
import { RosterModule } from '../roster/roster.module';
import { CollectionRepository } from './collection.repository';
import { CollectionResolver } from './collection.resolver';
import { CollectionService } from './collection.service';

@Module({
  imports: [RosterModule],
  providers: [CollectionRepository, CollectionService, CollectionResolver],
  exports: [CollectionService],
})
export class CollectionModule {}
