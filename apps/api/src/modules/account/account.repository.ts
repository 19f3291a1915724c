// All SQL of accounts and their sessions. Only hashes are stored: bcrypt for passwords, SHA-256 for session ids.
import { Injectable } from '@nestjs/common';
import { exec, first, rows, sql, type Queryable } from '../../database/sql';

export type AccountKind = 'bureau' | 'reviewer' | 'admin';

export interface AccountRow {
  id: number;
  username: string;
  password_hash: string;
  kind: AccountKind;
  agency_id: number | null;
  agency_name: string | null;
  failed_logins: number;
  locked_until: Date | null;
  disabled: boolean;
  created_at: Date;
}

const ACCOUNT = sql`SELECT u.id, u.username, u.password_hash, u.kind, u.agency_id, a.name AS agency_name, u.failed_logins, u.locked_until,
  u.disabled, u.created_at FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id`;

@Injectable()
export class AccountRepository {
  insert(
    db: Queryable,
    username: string,
    hash: string,
    kind: AccountKind,
    agencyId: number | null,
  ): Promise<{ id: number } | null> {
    return first(
      db,
      sql`INSERT INTO app_user (username, password_hash, kind, agency_id) VALUES (${username}, ${hash}, ${kind}, ${agencyId})
      ON CONFLICT (username) DO NOTHING RETURNING id`,
    );
  }

  byUsername(db: Queryable, username: string): Promise<AccountRow | null> {
    return first<AccountRow>(db, sql`${ACCOUNT} WHERE u.username = ${username}`);
  }

  byId(db: Queryable, id: number): Promise<AccountRow | null> {
    return first<AccountRow>(db, sql`${ACCOUNT} WHERE u.id = ${id}`);
  }

  list(db: Queryable): Promise<AccountRow[]> {
    return rows<AccountRow>(db, sql`${ACCOUNT} ORDER BY u.kind, u.username`);
  }

  agencyExists(db: Queryable, agencyId: number): Promise<{ id: number; name: string } | null> {
    return first(db, sql`SELECT id, name FROM agency WHERE id = ${agencyId} AND status <> 'merged'`);
  }

  /** One more failed sign-in; locked for `lockMs` once `limit` failures follow each other. */
  async failed(db: Queryable, id: number, limit: number, lockMs: number): Promise<void> {
    await exec(
      db,
      sql`UPDATE app_user SET failed_logins = failed_logins + 1,
      locked_until = CASE WHEN failed_logins + 1 >= ${limit} THEN now() + make_interval(secs => ${lockMs / 1000}) ELSE locked_until END
      WHERE id = ${id}`,
    );
  }

  async succeeded(db: Queryable, id: number): Promise<void> {
    await exec(db, sql`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ${id}`);
  }

  /** A reset password also lifts a lock and ends every session of the account. */
  async setPassword(db: Queryable, id: number, hash: string): Promise<boolean> {
    const r = await first<{ id: number }>(
      db,
      sql`UPDATE app_user SET password_hash = ${hash}, failed_logins = 0, locked_until = NULL WHERE id = ${id} RETURNING id`,
    );
    await exec(db, sql`DELETE FROM app_session WHERE user_id = ${id}`);
    return r !== null;
  }

  async insertSession(db: Queryable, tokenHash: string, userId: number, ttlMs: number): Promise<Date> {
    const r = await first<{ expires_at: Date }>(
      db,
      sql`INSERT INTO app_session (token_hash, user_id, expires_at)
      VALUES (${tokenHash}, ${userId}, now() + make_interval(secs => ${ttlMs / 1000})) RETURNING expires_at`,
    );
    // Expired sessions of this account go when it signs in again, so the table does not grow without bound.
    await exec(db, sql`DELETE FROM app_session WHERE user_id = ${userId} AND expires_at < now()`);
    return r!.expires_at;
  }

  /** The live session's account; an expired session is no session. */
  sessionAccount(db: Queryable, tokenHash: string): Promise<AccountRow | null> {
    return first<AccountRow>(
      db,
      sql`${ACCOUNT} JOIN app_session s ON s.user_id = u.id
      WHERE s.token_hash = ${tokenHash} AND s.expires_at > now() AND NOT u.disabled`,
    );
  }

  async deleteSession(db: Queryable, tokenHash: string): Promise<void> {
    await exec(db, sql`DELETE FROM app_session WHERE token_hash = ${tokenHash}`);
  }
}
