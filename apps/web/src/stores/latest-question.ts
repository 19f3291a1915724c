/**
 * One question in flight per key (here: the caller's credentials), and only the newest question's answer is kept.
 * Page parts asking at once share one request; a question asked with other credentials starts its own, and an older
 * answer arriving late is dropped. Whoever waited on an older question waits on to the newest answer.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function latestPerKey<T>(
  ask: () => Promise<T>,
  keep: (outcome: Outcome<T>) => void,
): (key: string) => Promise<void> {
  let inflight: { key: string; promise: Promise<void> } | null = null;
  return (key) => {
    if (inflight?.key === key) return inflight.promise;
    const mine = { key, promise: Promise.resolve() };
    mine.promise = ask()
      .then(
        (value) => {
          if (inflight === mine) keep({ ok: true, value });
        },
        (error: unknown) => {
          if (inflight === mine) keep({ ok: false, error });
        },
      )
      .then(() => {
        if (inflight === mine) {
          inflight = null;
          return undefined;
        }
        return inflight?.promise;
      });
    inflight = mine;
    return mine.promise;
  };
}
