import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { exec, first, rows, sql } from '../../database/sql';
import type { Role } from './roles';

export interface TokenRow {
  id: number;
  name: string;
  role: Role;
}

@Injectable()
export class TokenRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(name: string, role: Role, hash: string): Promise<TokenRow> {
    const [row] = await rows<TokenRow>(
      this.ds,
      sql`INSERT INTO api_token (name, role, token_hash) VALUES (${name}, ${role}, ${hash}) RETURNING id, name, role`,
    );
    return row;
  }

  byHash(hash: string): Promise<TokenRow | null> {
    return first<TokenRow>(
      this.ds,
      sql`SELECT id, name, role FROM api_token WHERE token_hash = ${hash} AND revoked_at IS NULL`,
    );
  }

  async touch(id: number): Promise<void> {
    await exec(this.ds, sql`UPDATE api_token SET last_used_at = now() WHERE id = ${id}`);
  }

  async revoke(id: number): Promise<boolean> {
    const revoked = await rows<{ id: number }>(
      this.ds,
      sql`UPDATE api_token SET revoked_at = now() WHERE id = ${id} AND revoked_at IS NULL RETURNING id`,
    );
    return revoked.length > 0;
  }

  list(): Promise<(TokenRow & { created_at: string; revoked: boolean })[]> {
    return rows(
      this.ds,
      sql`SELECT id, name, role, created_at::text, revoked_at IS NOT NULL AS revoked FROM api_token ORDER BY id`,
    );
  }
}
