import { Global, Module } from '@nestjs/common';
import { AccountRepository } from './account.repository';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { SessionController } from './session.controller';

@Global()
@Module({
  providers: [AccountRepository, AccountService, AccountResolver],
  controllers: [SessionController],
  exports: [AccountService],
})
export class AccountModule {}
