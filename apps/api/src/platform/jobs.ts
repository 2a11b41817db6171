import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';

export interface JobDeps {
  db: Db;
  config: Config;
  log: FastifyBaseLogger;
  /** Decrypts secrets at rest (webhook HMAC secrets for the outbox dispatcher). */
  masterKey: Buffer;
}

export interface RunningJobs {
  stop(): Promise<void>;
}

/** A background job: `tick` runs every `intervalMs`; a tick never overlaps the previous one. */
export interface Job {
  name: string;
  intervalMs: (config: Config) => number;
  tick: (deps: JobDeps) => Promise<void>;
}

const jobs: Job[] = [];

/** Modules register their jobs at import time (outbox dispatcher, expiry watch, ...). */
export function registerJob(job: Job): void {
  if (!jobs.some((j) => j.name === job.name)) jobs.push(job);
}

/** Starts every registered job; `stop` waits for running ticks to finish. */
export function startJobs(deps: JobDeps): RunningJobs {
  let stopped = false;
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let busy = false;
    return setInterval(() => {
      if (busy || stopped) return;
      busy = true;
      const p = job
        .tick(deps)
        .catch((error: unknown) => deps.log.error({ err: error, job: job.name }, 'job failed'))
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    }, job.intervalMs(deps.config));
  });
  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.all(running);
    },
  };
}
