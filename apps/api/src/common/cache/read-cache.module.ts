import { Global, Module } from '@nestjs/common';
import { ReadCache } from './read-cache';

// Global: every write path (HTTP writes here, the in-app monitor) bumps the same generation.
@Global()
@Module({ providers: [ReadCache], exports: [ReadCache] })
export class ReadCacheModule {}
