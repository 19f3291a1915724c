import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface AgencyRow { id: number; name: string; type: string; status: string; region_id: number | null }

@Injectable()
export class AgencyRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(): Promise<AgencyRow[]> {
    return this.ds.query(`SELECT id, name, type, status, region_id FROM agency WHERE status <> 'merged' ORDER BY name`);
  }

  /** Exact name or alias. */
  async findByName(em: EntityManager, name: string): Promise<AgencyRow | null> {
    const rows: AgencyRow[] = await em.query(
      `SELECT id, name, type, status, region_id FROM agency WHERE name = $1 AND status <> 'merged'
       UNION SELECT a.id, a.name, a.type, a.status, a.region_id FROM agency_alias x JOIN agency a ON a.id = x.agency_id WHERE x.alias = $1
       LIMIT 1`, [name]);
    return rows[0] ?? null;
  }

  async create(em: EntityManager, a: { name: string; type: string; status: 'resolved' | 'unresolved'; synthetic: boolean }): Promise<AgencyRow> {
    const rows: AgencyRow[] = await em.query(
      `INSERT INTO agency (name, type, status, synthetic) VALUES ($1, $2, $3, $4)
       ON CONFLICT (coalesce(region_id, 0), name) DO UPDATE SET name = EXCLUDED.name
       RETURNING id, name, type, status, region_id`, [a.name, a.type, a.status, a.synthetic]);
    return rows[0];
  }
}
