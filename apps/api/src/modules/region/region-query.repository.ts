// Read queries about regions for the API (writes live in region.repository.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { join, rows, sql } from '../../database/sql';
import type { RegionModel } from './region.model';

const SELECT = sql`SELECT id, name, level, parent_id AS "parentId", synthetic FROM region`;

@Injectable()
export class RegionQueryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(f: { level?: string; parentId?: number }): Promise<RegionModel[]> {
    const where = [sql`true`];
    if (f.level) where.push(sql`level = ${f.level}`);
    if (f.parentId !== undefined) where.push(sql`parent_id = ${f.parentId}`);
    return rows<RegionModel>(this.ds, sql`${SELECT} WHERE ${join(where, ' AND ')} ORDER BY name`);
  }

  byIds(ids: readonly number[]): Promise<RegionModel[]> {
    return rows<RegionModel>(this.ds, sql`${SELECT} WHERE id = ANY(${ids}::int[])`);
  }

  async existing(ids: number[]): Promise<Set<number>> {
    const found = await rows<{ id: number }>(this.ds, sql`SELECT id FROM region WHERE id = ANY(${ids}::int[])`);
    return new Set(found.map((r) => r.id));
  }
}
