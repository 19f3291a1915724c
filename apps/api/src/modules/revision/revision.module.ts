import { Module } from '@nestjs/common';
import { RevisionRepository } from './revision.repository';
import { RevisionResolver } from './revision.resolver';
import { RevisionService } from './revision.service';

@Module({
  providers: [RevisionRepository, RevisionService, RevisionResolver],
  exports: [RevisionRepository, RevisionService],
})
export class RevisionModule {}
