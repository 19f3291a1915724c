// Signing in and out: POST /api/session answers with the account and sets the session cookie (httpOnly,
// SameSite=Strict, Secure behind TLS); DELETE /api/session ends it. Both are open to anyone (READ_ACCESS aside).
import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { serialize } from 'cookie';
import type { Request, Response } from 'express';
import { validateInput } from '../../common/http/validate-input';
import { AllowAnonymous } from '../auth/roles';
import { SESSION_COOKIE, sessionIdOf } from '../auth/credentials';
import { AccountService } from './account.service';
import { SignInArgs } from './sign-in.args';

const cookieOptions = (req: Request) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: '/',
  secure: req.secure,
});

@Controller('api/session')
export class SessionController {
  constructor(private readonly accounts: AccountService) {}

  @Post()
  @HttpCode(200)
  @AllowAnonymous()
  async signIn(
    @Body() raw: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{
    username: string;
    kind: string;
    agencyId: number | null;
    agencyName: string | null;
    expiresAt: string;
  }> {
    const body = validateInput(SignInArgs, raw);
    const s = await this.accounts.signIn(body.username, body.password);
    res.setHeader(
      'Set-Cookie',
      serialize(SESSION_COOKIE, s.sessionId, { ...cookieOptions(req), expires: s.expiresAt }),
    );
    const a = s.account;
    return {
      username: a.username,
      kind: a.kind,
      agencyId: a.agency_id,
      agencyName: a.agency_name,
      expiresAt: s.expiresAt.toISOString(),
    };
  }

  @Delete()
  @HttpCode(200)
  @AllowAnonymous()
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ signedOut: true }> {
    const id = sessionIdOf(req.headers.cookie);
    if (id) await this.accounts.signOut(id);
    res.setHeader('Set-Cookie', serialize(SESSION_COOKIE, '', { ...cookieOptions(req), expires: new Date(0) }));
    return { signedOut: true };
  }
}
