// The collection loop's GraphQL: thin, every call resolves the caller's side (bureau or office) and hands it to the
// services, whose queries filter on it. The mutations are open to any signed-in role at the guard (a bureau reads as
// a viewer); who may take which step is the services' rule.
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SubmissionState } from '@dh/domain';
import type { GqlContext } from '../../common/graphql/loaders';
import { validateInput } from '../../common/http/validate-input';
import { principalOf } from '../auth/principal';
import { RequireRole } from '../auth/roles';
import { sideOf } from './submission-access';
import { SubmissionReviewService } from './submission-review.service';
import {
  BureauDeskModel,
  ExplainArgs,
  PublishArgs,
  QueueArgs,
  ReturnArgs,
  SaveFormArgs,
  SubmissionDetailModel,
  SubmissionModel,
} from './submission.model';
import { SubmissionService } from './submission.service';

const side = (ctx: GqlContext) => sideOf(principalOf(ctx));

@Resolver(() => SubmissionModel)
export class SubmissionResolver {
  constructor(
    private readonly drafts: SubmissionService,
    private readonly review: SubmissionReviewService,
  ) {}

  @Query(() => BureauDeskModel, {
    description: "填报单位工作台 · the signed-in bureau's body, deadline, days left and submission (bureau accounts)",
  })
  bureauDesk(@Context() ctx: GqlContext, @Args('year', { type: () => Int }) year: number): Promise<BureauDeskModel> {
    return this.drafts.desk(side(ctx), year);
  }

  @Query(() => SubmissionDetailModel, {
    description: '报送详情 · a submission with its log and diffs (its own bureau, or the office)',
  })
  submission(@Context() ctx: GqlContext, @Args('id', { type: () => Int }) id: number): Promise<SubmissionDetailModel> {
    return this.review.detail(side(ctx), id);
  }

  @Query(() => [SubmissionModel], { description: "审核队列 · the year's submissions by state and deadline (office)" })
  submissionQueue(@Context() ctx: GqlContext, @Args() raw: QueueArgs): Promise<SubmissionModel[]> {
    const a = validateInput(QueueArgs, { ...raw });
    return this.review.queue(side(ctx), a.year, (a.states as SubmissionState[] | undefined) ?? null);
  }

  @Mutation(() => SubmissionModel, { description: "保存表单草稿 · save the web form as the year's draft (bureau)" })
  @RequireRole('viewer')
  saveSubmissionForm(@Context() ctx: GqlContext, @Args() raw: SaveFormArgs): Promise<SubmissionModel> {
    const a = validateInput(SaveFormArgs, { ...raw, values: raw.values.map((v) => ({ ...v })) });
    const values = Object.fromEntries(a.values.map((v) => [v.key, v.value]));
    return this.drafts.saveForm(side(ctx), a.year, values, {
      overview: a.overview ?? undefined,
      problems: a.problems ?? undefined,
      other: a.other ?? undefined,
    });
  }

  @Mutation(() => SubmissionModel, {
    description: '说明检查结果 · explain findings (empty text removes an explanation) (bureau)',
  })
  @RequireRole('viewer')
  explainFindings(@Context() ctx: GqlContext, @Args() raw: ExplainArgs): Promise<SubmissionModel> {
    const a = validateInput(ExplainArgs, { ...raw, explanations: raw.explanations.map((e) => ({ ...e })) });
    return this.drafts.explain(side(ctx), a.id, a.explanations);
  }

  @Mutation(() => SubmissionModel, {
    description: '提交 · submit to the office; every failed check fixed or explained (bureau)',
  })
  @RequireRole('viewer')
  submitSubmission(@Context() ctx: GqlContext, @Args('id', { type: () => Int }) id: number): Promise<SubmissionModel> {
    return this.review.submit(side(ctx), id);
  }

  @Mutation(() => SubmissionModel, { description: '退回 · return with comments tied to cells or findings (office)' })
  @RequireRole('viewer')
  returnSubmission(@Context() ctx: GqlContext, @Args() raw: ReturnArgs): Promise<SubmissionModel> {
    const a = validateInput(ReturnArgs, { ...raw, comments: raw.comments.map((c) => ({ ...c })) });
    return this.review.returnWithComments(side(ctx), a.id, a.comments);
  }

  @Mutation(() => SubmissionModel, { description: '通过 · accept: the submission becomes a report revision (office)' })
  @RequireRole('viewer')
  acceptSubmission(@Context() ctx: GqlContext, @Args('id', { type: () => Int }) id: number): Promise<SubmissionModel> {
    return this.review.accept(side(ctx), id);
  }

  @Mutation(() => SubmissionModel, {
    description: '已公开 · the address where the accepted report is published (bureau or office)',
  })
  @RequireRole('viewer')
  setSubmissionPublished(@Context() ctx: GqlContext, @Args() raw: PublishArgs): Promise<SubmissionModel> {
    const a = validateInput(PublishArgs, { ...raw });
    return this.review.publish(side(ctx), a.id, a.url);
  }
}
