// Read queries about regions for the API (writes live in region.repository.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RegionModel } from './region.model';

const SELECT = `SELECT id, name, level, parent_id AS "parentId", synthetic FROM region`;

@Injectable()
export class RegionQueryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(f: { level?: string; parentId?: number }): Promise<RegionModel[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.level) { params.push(f.level); where.push(`level = $${params.length}`); }
    if (f.parentId !== undefined) { params.push(f.parentId); where.push(`parent_id = $${params.length}`); }
    return this.ds.query(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name`, params);
  }

  byIds(ids: readonly number[]): Promise<RegionModel[]> {
    return this.ds.query(`${SELECT} WHERE id = ANY($1::int[])`, [ids]);
  }

  async existing(ids: number[]): Promise<Set<number>> {
    const rows: { id: number }[] = await this.ds.query('SELECT id FROM region WHERE id = ANY($1::int[])', [ids]);
    return new Set(rows.map((r) => r.id));
  }
}
