import { Global, Module } from '@nestjs/common';
import { ReadCache } from './read-cache';
import { ReadCacheSubscriber } from './read-cache.subscriber';

// Global: every write path (HTTP writes here, the in-app monitor) bumps the same generation.
@Global()
@Module({ providers: [ReadCache, ReadCacheSubscriber], exports: [ReadCache] })
export class ReadCacheModule {}
