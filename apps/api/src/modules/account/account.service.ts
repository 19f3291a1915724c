// Accounts of the collection loop: office reviewers and admins, and bureau accounts bound to one roster body.
// Passwords are hashed with bcrypt (bcryptjs: pure JS, so no native build on the servers); sign-in is throttled per
// account: after LOGIN_MAX_FAILURES wrong passwords in a row it is locked for LOGIN_LOCK_MINUTES, even to the right one.
import { createHash, randomBytes } from 'node:crypto';
import {
  BadRequestException,
  HttpException,
  HttpStatus,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/roles';
import { AccountRepository, type AccountKind, type AccountRow } from './account.repository';
import { appConfig } from '../../config/app-config';

const BCRYPT_COST = 10;
// Compared against when the username is unknown, so a wrong name takes as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync('not a password', BCRYPT_COST);

export const sessionTtlMs = (): number => appConfig().session.ttlMs;
const maxFailures = (): number => appConfig().session.maxFailures;
const lockMs = (): number => appConfig().session.lockMs;

export const ACCOUNT_KINDS: readonly AccountKind[] = ['bureau', 'reviewer', 'admin'];

/** A signed-in account as a caller: admins are admins, reviewers read as analysts, a bureau reads as a viewer. */
export function principalOfAccount(a: Pick<AccountRow, 'id' | 'username' | 'kind' | 'agency_id'>): Principal {
  const role = a.kind === 'admin' ? 'admin' : a.kind === 'reviewer' ? 'analyst' : 'viewer';
  return { role, name: a.username, tokenId: null, userId: a.id, account: a.kind, agencyId: a.agency_id };
}

const hashSession = (id: string): string => createHash('sha256').update(id).digest('hex');

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: AccountRepository,
  ) {}

  async create(username: string, password: string, kind: string, agencyId: number | null): Promise<AccountRow> {
    const name = username.trim();
    if (!/^[\p{L}\p{N}._@-]{3,64}$/u.test(name))
      throw new BadRequestException('username: 3–64 letters, digits or . _ @ -');
    if (!(ACCOUNT_KINDS as readonly string[]).includes(kind))
      throw new BadRequestException(`kind: one of ${ACCOUNT_KINDS.join(', ')}`);
    checkPassword(password);
    if (kind === 'bureau') {
      if (agencyId === null) throw new BadRequestException('agencyId: a bureau account is bound to one roster body');
      if (!(await this.repo.agencyExists(this.ds, agencyId)))
        throw new BadRequestException(`agencyId: no body ${agencyId}`);
    } else if (agencyId !== null) throw new BadRequestException('agencyId: only a bureau account is bound to a body');
    const row = await this.repo.insert(
      this.ds,
      name,
      await bcrypt.hash(password, BCRYPT_COST),
      kind as AccountKind,
      agencyId,
    );
    if (!row) throw new BadRequestException(`username: "${name}" is taken`);
    return (await this.repo.byId(this.ds, row.id))!;
  }

  list(): Promise<AccountRow[]> {
    return this.repo.list(this.ds);
  }

  async resetPassword(id: number, password: string): Promise<boolean> {
    checkPassword(password);
    if (!(await this.repo.setPassword(this.ds, id, await bcrypt.hash(password, BCRYPT_COST))))
      throw new NotFoundException(`account ${id} not found`);
    return true;
  }

  /** Checks the password and opens a session: its id goes to the cookie, only its hash is stored. */
  async signIn(
    username: string,
    password: string,
  ): Promise<{ sessionId: string; expiresAt: Date; account: AccountRow }> {
    const a = await this.repo.byUsername(this.ds, String(username ?? '').trim());
    if (a?.locked_until && a.locked_until.getTime() > Date.now()) {
      throw new HttpException(
        {
          statusCode: 429,
          message: `too many wrong passwords: sign-in is locked until ${a.locked_until.toISOString()}`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const ok = await bcrypt.compare(String(password ?? ''), a?.password_hash ?? DUMMY_HASH);
    if (!a || !ok || a.disabled) {
      if (a) await this.repo.failed(this.ds, a.id, maxFailures(), lockMs());
      throw new UnauthorizedException('wrong username or password');
    }
    await this.repo.succeeded(this.ds, a.id);
    const sessionId = randomBytes(32).toString('base64url');
    const expiresAt = await this.repo.insertSession(this.ds, hashSession(sessionId), a.id, sessionTtlMs());
    return { sessionId, expiresAt, account: a };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.repo.deleteSession(this.ds, hashSession(sessionId));
  }

  /** The caller behind a session cookie; null when it is unknown or expired. */
  async principal(sessionId: string): Promise<Principal | null> {
    const a = await this.repo.sessionAccount(this.ds, hashSession(sessionId));
    return a ? principalOfAccount(a) : null;
  }
}

function checkPassword(p: string): void {
  // bcrypt reads only the first 72 bytes; a longer password would silently be cut.
  if (typeof p !== 'string' || p.length < 10 || Buffer.byteLength(p) > 72)
    throw new BadRequestException('password: 10 to 72 bytes');
}
