import { Args, Query, Resolver } from '@nestjs/graphql';
import { MetricModel } from './metric.model';
import { MetricService, toMetricModel } from './metric.service';

@Resolver(() => MetricModel)
export class MetricResolver {
  constructor(private readonly service: MetricService) {}

  @Query(() => [MetricModel], { description: '指标目录 · the metric catalogue of both templates' })
  metrics(
    @Args('template', { nullable: true, description: '模板 · only metrics of this template (2019 or 2021)' })
    template?: string,
    @Args('section', { nullable: true, description: '表 · only this table (二, 三, 四)' }) section?: string,
    @Args('search', { nullable: true, description: '搜索 · substring of key or label' }) search?: string,
  ): MetricModel[] {
    return this.service.list({ template, section, search });
  }

  @Query(() => MetricModel, { description: '一个指标 · one metric by key' })
  metric(@Args('key') key: string): MetricModel {
    return toMetricModel(this.service.get(key));
  }
}
