// Puts every API request through the admission queue (admission.ts). A refused request is a 503 with Retry-After, in
// Nest's REST shape and with a GraphQL `errors` entry coded SERVICE_UNAVAILABLE, so a client can tell overload from a fault.
// An admitted request runs under its deadline (in-flight.ts); while the app shuts down nothing more is admitted.
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../../modules/auth/auth.service';
import { Admission, Overloaded } from './admission';
import { capacity } from './capacity';
import { arrivalOf, DEADLINE_RETRY_AFTER_S, InFlight, overloadBody } from './in-flight';
import { clientKey } from './rate-limit.middleware';

export { overloadBody };

/** The one queue of the process, a provider so that tests (and a future status page) can see and hold it. */
@Injectable()
export class AdmissionQueue extends Admission {
  constructor() {
    super(capacity().admission);
  }
}

@Injectable()
export class AdmissionMiddleware implements NestMiddleware {
  constructor(
    private readonly auth: AuthService,
    private readonly admission: AdmissionQueue,
    private readonly inFlight: InFlight,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (this.inFlight.draining) {
      res.setHeader('Retry-After', String(DEADLINE_RETRY_AFTER_S));
      res.setHeader('Connection', 'close');
      res.status(503).json(overloadBody('the server is restarting; retry shortly'));
      return;
    }
    const key = clientKey(req, (t) => this.auth.recentlyVerified(t));
    const arrivedAt = arrivalOf(req);
    const deadlineMs = this.inFlight.deadlineOf(req);
    // A read waits no longer than what is left of its deadline: past it, the answer would be a 503 anyway.
    const waitMs = deadlineMs
      ? Math.max(1, Math.min(arrivedAt + deadlineMs - Date.now(), this.admission.opts.maxWaitMs))
      : undefined;
    this.admission.acquire(key, waitMs).then(
      (release) => {
        // 'close' comes after 'finish' and also when the client goes away mid-answer; release is idempotent.
        res.once('finish', release);
        res.once('close', release);
        // A client that left while it waited gets nothing run for it.
        if (res.destroyed || req.socket.destroyed) return release();
        if (this.inFlight.closing) {
          res.setHeader('Retry-After', String(DEADLINE_RETRY_AFTER_S));
          res.setHeader('Connection', 'close');
          res.status(503).json(overloadBody('the server is restarting; retry shortly'));
          return;
        }
        this.inFlight.run(res, next, deadlineMs, arrivedAt);
      },
      (e: unknown) => {
        if (!(e instanceof Overloaded)) return next(e);
        res.setHeader('Retry-After', String(e.retryAfterS));
        res.status(503).json(overloadBody(e.message));
      },
    );
  }
}
