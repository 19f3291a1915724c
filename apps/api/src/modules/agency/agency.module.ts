import { Module } from '@nestjs/common';
import { AgencyRepository } from './agency.repository';

@Module({ providers: [AgencyRepository], exports: [AgencyRepository] })
export class AgencyModule {}
