// The monitor inside the app: MONITOR_INTERVAL_MIN > 0 runs a pass for last year's reports at that interval (off by
// default: an office turns it on once its roster carries the 年报栏目 URLs). One pass at a time.
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ReadCache } from '../../common/cache/read-cache';
import { MonitorService } from './monitor.service';
import { appConfig } from '../../config/app-config';

@Injectable()
export class MonitorScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Monitor');
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  constructor(
    private readonly monitor: MonitorService,
    private readonly cache: ReadCache,
  ) {}

  onApplicationBootstrap(): void {
    const every = appConfig().monitor.intervalMin;
    if (!(every > 0)) return;
    this.timer = setInterval(() => void this.tick(), every * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const s = await this.monitor.pass(new Date().getFullYear() - 1);
      this.log.log(`pass: ${JSON.stringify(s)}`);
    } catch (e) {
      this.log.warn(`pass failed: ${(e as Error).message}`);
    } finally {
      this.running = false;
      // A pass may have stored reports: cached answers are stale.
      this.cache.bump();
    }
  }
}
