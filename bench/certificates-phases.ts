/**
 * `npx tsx bench/certificates-phases.ts [--db pglite|postgres] [--iterations N]`
 *
 * Where the time of a partner certificate upload goes, phase by phase, with a trust store of 1,000 CAs:
 * parsing, the rules, chain building (database-backed, cold and warm parse cache, and in memory), PMS
 * signing (EC P-256 and RSA-3072 issuing keys), the database writes, and the whole service call.
 * PostgreSQL uses BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create a
 * throwaway database.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { testConfig } from '../apps/api/src/config.ts';
import { type Database, openDatabase } from '../apps/api/src/db/client.ts';
import { runMigrations } from '../apps/api/src/db/migrate.ts';
import { newId } from '../apps/api/src/lib/ids.ts';
import * as repo from '../apps/api/src/modules/certificates/certificates.repo.ts';
import { buildChain, memoryIssuerSource } from '../apps/api/src/modules/certificates/chain.ts';
import {
  issuePartnerCertificate,
  uploadPartnerCertificate,
} from '../apps/api/src/modules/certificates/partner-certificates.service.ts';
import { createOrLoadPmsCa, inMemoryPmsCa } from '../apps/api/src/modules/certificates/pms-ca.ts';
import { checkPartnerCertificate } from '../apps/api/src/modules/certificates/rules.ts';
import { storeIssuerSource } from '../apps/api/src/modules/certificates/trust-store.service.ts';
import { parseSinglePem } from '../apps/api/src/modules/certificates/x509.ts';
import { users } from '../apps/api/src/modules/identity/identity.table.ts';
import type { AppDeps } from '../apps/api/src/platform/deps.ts';
import type { AuthedContext } from '../apps/api/src/platform/http/context.ts';
import { makeCertificateBenchData, seedCertificateBench } from './scenarios/certificates.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    iterations: { type: 'string', default: '200' },
  },
});
const N = Number(values.iterations);

interface Stat {
  phase: string;
  mean: number;
  p50: number;
  p95: number;
}
const stats: Stat[] = [];

async function time(
  phase: string,
  runs: number,
  fn: (i: number) => Promise<unknown> | unknown,
): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  stats.push({
    phase,
    mean: samples.reduce((s, v) => s + v, 0) / samples.length,
    p50: at(0.5),
    p95: at(0.95),
  });
}

async function openTarget(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (values.db !== 'postgres') {
    const database = await openDatabase({ kind: 'pglite' });
    return { database, cleanup: () => database.close() };
  }
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `pms_certbench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    cleanup: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function main(): Promise<void> {
  console.log('Generating 1,000 CAs and a partner certificate …');
  let started = performance.now();
  const data = await makeCertificateBenchData();
  console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { database, cleanup } = await openTarget();
  try {
    await runMigrations(database);
    started = performance.now();
    await seedCertificateBench(database.db, data);
    console.log(`  seeded (${values.db}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const db = database.db;
    const now = new Date();
    const pem = data.partnerCert.pem;
    const cert = parseSinglePem(pem);

    await time('parse (PEM → fields, 2 parsers)', N, () => parseSinglePem(pem));
    await time('rules without chain (dates, O=, key, signature)', N, () =>
      checkPartnerCertificate(cert, {
        now,
        organisation: data.organisation,
        partnerDomain: 'AUTH',
        minValidityDays: 335,
        chainFound: async () => true,
      }),
    );
    const memory = memoryIssuerSource(
      data.cas
        .filter((c) => c.domain === 'AUTH')
        .map((c) => ({ id: c.id, cert: parseSinglePem(c.issued.pem) })),
    );
    await time('chain build, in memory (3 links, signatures verified)', N, () =>
      buildChain(cert, memory, { now }),
    );
    // The parse cache is process-wide: the first database build parses the stored CAs, later ones reuse them.
    await time('chain build, database, first (parse cache cold)', 1, () =>
      buildChain(cert, storeIssuerSource(db, 'AUTH', now), { now }),
    );
    await time('chain build, database (3 queries + verify)', N, () =>
      buildChain(cert, storeIssuerSource(db, 'AUTH', now), { now }),
    );
    for (const algorithm of ['EC-P256', 'RSA-3072'] as const) {
      const ca = await inMemoryPmsCa(algorithm, 'O=Bench');
      await time(`PMS signing (${algorithm} issuing key)`, N, () =>
        issuePartnerCertificate(ca, cert, 'AUTH', 365, now),
      );
    }
    const masterKey = randomBytes(32);
    const ca = await createOrLoadPmsCa({
      db,
      config: { PMS_CA_SUBJECT: 'O=Bench', PMS_CA_KEY_ALGORITHM: 'EC-P256' },
      masterKey,
    });
    const signed = await issuePartnerCertificate(ca, cert, 'AUTH', 365, now);
    await time('database writes (lock partner, supersede, insert history row)', N, () =>
      db.transaction(async (tx) => {
        await repo.supersedeCurrent(tx, data.partnerId, now);
        await repo.insertPartnerCertificate(tx, {
          id: newId(),
          partnerId: data.partnerId,
          partnerDomain: 'AUTH',
          originalPem: cert.pem,
          signedPem: signed.pem,
          subject: cert.subject,
          issuer: cert.issuer,
          commonName: cert.commonName ?? '',
          organisation: cert.organisation ?? '',
          serialNumber: cert.serialHex,
          thumbprintSha256: cert.sha256,
          thumbprintSha1: cert.sha1,
          notBefore: cert.notBefore,
          notAfter: cert.notAfter,
          signedSerialNumber: signed.serialHex,
          signedThumbprintSha256: signed.sha256,
          signedNotBefore: signed.notBefore,
          signedNotAfter: signed.notAfter,
          uploadedBy: 'bench',
        });
      }),
    );
    const adminId = newId();
    await db.insert(users).values({ id: adminId, username: 'bench-phase-admin', roles: ['PARTNER_ADMIN'] });
    const deps: AppDeps = {
      db,
      config: testConfig({ PMS_CA_SUBJECT: 'O=Bench' }),
      outbox: { websubEnabled: true, publisher: 'bench' },
      masterKey,
    };
    const ctx: AuthedContext = {
      requestId: 'bench',
      address: '127.0.0.1',
      lang: 'eng',
      actor: {
        userId: adminId,
        username: 'bench-phase-admin',
        roles: ['PARTNER_ADMIN'],
        kind: 'user',
        sessionId: 'bench',
        via: 'bearer',
      },
    };
    const input = { partnerId: data.partnerId, certificateData: pem, partnerDomain: 'AUTH' };
    await time('whole upload service call (all of the above + audit + events)', N, () =>
      uploadPartnerCertificate(deps, ctx, input, 'https://pms.bench'),
    );

    console.log(
      `\nPartner certificate upload phases — ${values.db}, trust store of ${data.cas.length} CAs, ${N} runs\n`,
    );
    const header = ['phase', 'mean ms', 'p50 ms', 'p95 ms'];
    const rows = stats.map((s) => [s.phase, s.mean.toFixed(2), s.p50.toFixed(2), s.p95.toFixed(2)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
    console.log(fmt(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(fmt(r));
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
