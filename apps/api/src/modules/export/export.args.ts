// The export's arguments, one class per query, mirroring the GraphQL arguments and their bounds. Validated strictly
// (see common/http/validate-input.ts): `"years":"2024"` or `"year":"2024"` is refused, not coerced.
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CompareSortField, GroupBy } from '../compare/compare.model';
import { MAX_COMPARE_ROWS } from '../compare/compare.service';
import { MAX_RANKING_ROWS } from '../ranking/ranking.service';

export const EXPORT_QUERIES = ['compare', 'series', 'ranking', 'collection', 'reminders'] as const;
export type ExportQuery = (typeof EXPORT_QUERIES)[number];
const MAX_ID = 2_147_483_647; // PostgreSQL int4
const YEAR = { min: 1900, max: 2100 };

export class ExportParams {
  @IsOptional() @IsIn(['csv', 'xlsx'], { message: 'format must be csv or xlsx' }) format?: string;
  @IsIn(EXPORT_QUERIES, { message: `query must be ${EXPORT_QUERIES.join(', ')}` }) query!: ExportQuery;
  // The language of the page the file was asked from: its column labels and header rows, as on screen.
  @IsOptional() @IsIn(['zh', 'en'], { message: 'lang must be zh or en' }) lang?: 'zh' | 'en';
  // A JSON text in the URL, or an object in a JSON body; checked per query afterwards.
  @IsOptional() args?: unknown;
}

export class AgencyFilterArgs {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_ID, { each: true })
  ids?: number[];
  @IsOptional() @IsInt() @Min(1) @Max(MAX_ID) regionId?: number;
  @IsOptional() @IsString() @MaxLength(100) type?: string;
  @IsOptional() @IsString() @MaxLength(100) level?: string;
  @IsOptional() @IsString() @MaxLength(200) search?: string;
  @IsOptional() @IsBoolean() synthetic?: boolean;
}

class CompareSortArgs {
  @IsOptional() @IsEnum(CompareSortField) field?: CompareSortField;
  @IsOptional() @IsString() @MaxLength(100) metric?: string;
  @IsOptional() @IsInt() @Min(YEAR.min) @Max(YEAR.max) year?: number;
  @IsOptional() @IsBoolean() desc?: boolean;
}

class IndicatorWeightArgs {
  @IsString() @MaxLength(100) indicator!: string;
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) weight!: number;
}

export class CompareExportArgs {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  metrics!: string[];
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(YEAR.min, { each: true })
  @Max(YEAR.max, { each: true })
  years!: number[];
  @IsOptional() @ValidateNested() @Type(() => AgencyFilterArgs) filter?: AgencyFilterArgs;
  @IsOptional() @IsEnum(GroupBy) groupBy?: GroupBy;
  @IsOptional() @ValidateNested() @Type(() => CompareSortArgs) sort?: CompareSortArgs;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_COMPARE_ROWS) limit?: number;
}

export class SeriesExportArgs {
  @IsString() @MaxLength(100) metric!: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_ID, { each: true })
  agencyIds?: number[];
  @IsOptional() @ValidateNested() @Type(() => AgencyFilterArgs) filter?: AgencyFilterArgs;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsInt({ each: true })
  @Min(YEAR.min, { each: true })
  @Max(YEAR.max, { each: true })
  years?: number[];
  @IsOptional() @IsInt() @Min(1) @Max(500) limit?: number;
}

export class RankingExportArgs {
  @IsInt() @Min(YEAR.min) @Max(YEAR.max) year!: number;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_ID) profileId?: number;
  @IsOptional() @ValidateNested() @Type(() => AgencyFilterArgs) filter?: AgencyFilterArgs;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorWeightArgs)
  whatIf?: IndicatorWeightArgs[];
  @IsOptional() @IsInt() @Min(1) @Max(MAX_RANKING_ROWS) limit?: number;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_ID) offset?: number;
}

export class CollectionExportArgs {
  @IsInt() @Min(YEAR.min) @Max(YEAR.max) year!: number;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_ID) regionId?: number;
}

export const ARGS_OF: Record<ExportQuery, new () => object> = {
  compare: CompareExportArgs,
  series: SeriesExportArgs,
  ranking: RankingExportArgs,
  collection: CollectionExportArgs,
  reminders: CollectionExportArgs,
};
