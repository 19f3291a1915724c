import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { RosterModule } from '../roster/roster.module';
import { SubmissionController } from './submission.controller';
import { SubmissionRepository } from './submission.repository';
import { SubmissionResolver } from './submission.resolver';
import { SubmissionReviewService } from './submission-review.service';
import { SubmissionService } from './submission.service';

@Module({
  imports: [IngestModule, RosterModule],
  controllers: [SubmissionController],
  providers: [SubmissionRepository, SubmissionService, SubmissionReviewService, SubmissionResolver],
  exports: [SubmissionReviewService],
})
export class SubmissionModule {}
