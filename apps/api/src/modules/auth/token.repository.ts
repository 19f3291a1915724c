import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from './roles';

export interface TokenRow { id: number; name: string; role: Role }

@Injectable()
export class TokenRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(name: string, role: Role, hash: string): Promise<TokenRow> {
    const rows: TokenRow[] = await this.ds.query(
      `INSERT INTO api_token (name, role, token_hash) VALUES ($1, $2, $3) RETURNING id, name, role`, [name, role, hash]);
    return rows[0];
  }

  async byHash(hash: string): Promise<TokenRow | null> {
    const rows: TokenRow[] = await this.ds.query(
      `SELECT id, name, role FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL`, [hash]);
    return rows[0] ?? null;
  }

  async touch(id: number): Promise<void> {
    await this.ds.query(`UPDATE api_token SET last_used_at = now() WHERE id = $1`, [id]);
  }

  async revoke(id: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.ds.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [id]);
    return rows.length > 0;
  }

  list(): Promise<(TokenRow & { created_at: string; revoked: boolean })[]> {
    return this.ds.query(`SELECT id, name, role, created_at::text, revoked_at IS NOT NULL AS revoked FROM api_token ORDER BY id`);
  }
}
