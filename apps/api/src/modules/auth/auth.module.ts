import { Global, Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { TokenRepository } from './token.repository';

@Global()
@Module({
  imports: [AccountModule],
  providers: [TokenRepository, AuthService, AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
