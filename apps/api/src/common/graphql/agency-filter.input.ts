import { Field, InputType, Int } from '@nestjs/graphql';
import type { ReportKind } from '@dh/domain';
import { ReportKindEnum } from '../../modules/roster/roster.model';

@InputType('AgencyFilter', { description: '机关筛选 · which bodies to include (all conditions must hold)' })
export class AgencyFilterInput {
  @Field(() => [Int], { nullable: true, description: '机关ID · these agencies only' }) ids?: number[];
  @Field(() => Int, { nullable: true, description: '地区（含下级地区） · region id, sub-regions included' })
  regionId?: number;
  @Field({ nullable: true, description: '机关类型 · agency type, e.g. emergency_management, government, township' })
  type?: string;
  @Field({
    nullable: true,
    description: '层级 · level: province, city, county, township (agency level, else its region level)',
  })
  level?: string;
  @Field({ nullable: true, description: '名称搜索 · substring of the name or an alias' }) search?: string;
  @Field(() => [ReportKindEnum], {
    nullable: true,
    description:
      '报告类别 · these kinds only (compare and the overview default to the bodies’ own reports: no compiled government report)',
  })
  kinds?: ReportKind[];
  @Field({ nullable: true, description: '含合成数据 · include synthetic bodies (default: yes)' }) synthetic?: boolean;
}
