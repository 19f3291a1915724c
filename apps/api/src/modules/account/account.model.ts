import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

@ObjectType('Account', {
  description: '账号 · a sign-in account: office reviewer, admin, or a bureau bound to one roster body',
})
export class AccountModel {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field({ description: 'bureau (填报单位) | reviewer (审核人员) | admin' }) kind!: string;
  @Field(() => Int, { nullable: true, description: 'the body a bureau account acts for' }) agencyId!: number | null;
  @Field(() => String, { nullable: true }) agencyName!: string | null;
  @Field({ description: 'locked after repeated wrong passwords' }) locked!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('ApiToken', { description: 'API 令牌 · an API token for analysts and scripts (only its hash is kept)' })
export class ApiTokenModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field() createdAt!: string;
  @Field() revoked!: boolean;
}

@ObjectType('NewApiToken', { description: '新令牌 · a new API token with its secret (shown once)' })
export class NewApiTokenModel {
  @Field(() => ApiTokenModel) token!: ApiTokenModel;
  @Field({ description: 'the secret, shown only in this answer' }) secret!: string;
}

@ArgsType()
export class CreateAccountArgs {
  @Field() @IsString() @MaxLength(64) username!: string;
  @Field() @IsString() @MaxLength(200) password!: string;
  @Field() @IsIn(['bureau', 'reviewer', 'admin'], { message: 'kind must be bureau, reviewer or admin' }) kind!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) agencyId?: number | null;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field() @IsIn(['viewer', 'analyst', 'admin'], { message: 'role must be viewer, analyst or admin' }) role!: string;
  @Field() @IsString() @MaxLength(100) name!: string;
}
