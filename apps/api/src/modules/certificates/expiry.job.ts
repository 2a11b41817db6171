import { certificateMails, type Language, renderMail } from '@pms/phrases';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { registerJob } from '../../platform/jobs.ts';
import { queueMail } from '../../platform/outbox/outbox.ts';
import * as repo from './certificates.repo.ts';
import { utcDay } from './x509.ts';

export const CERTIFICATE_EXPIRY_JOB = 'certificate-expiry-watch';
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

function asLanguage(code: string | null | undefined): Language {
  return code === 'fra' || code === 'ara' ? code : 'eng';
}

export interface ExpiryWatchResult {
  /** False when another instance (or an earlier tick) already did today's run. */
  ran: boolean;
  partnerWarnings: number;
  caWarnings: number;
}

/**
 * The daily expiry watch. The first instance to insert today's (job, date) row does the work in that same
 * transaction: it warns each partner whose current PMS-issued certificate expires within
 * CERT_EXPIRY_WARNING_DAYS and every partner admin about each CA expiring within CA_EXPIRY_WARNING_DAYS.
 * Each certificate is warned about once (a renewal is a new certificate and is watched afresh). A failed run
 * rolls back its claim, so the next tick retries.
 */
export async function runExpiryWatch(
  deps: { db: Db; config: Pick<Config, 'CERT_EXPIRY_WARNING_DAYS' | 'CA_EXPIRY_WARNING_DAYS'> },
  now = new Date(),
): Promise<ExpiryWatchResult> {
  return deps.db.transaction(async (tx) => {
    if (!(await repo.claimDailyRun(tx, CERTIFICATE_EXPIRY_JOB, utcDay(now)))) {
      return { ran: false, partnerWarnings: 0, caWarnings: 0 };
    }
    const daysLeft = (date: Date) => Math.max(0, Math.ceil((date.getTime() - now.getTime()) / DAY_MS));

    const partnerRows = await repo.partnerCertificatesExpiringUnwarned(
      tx,
      now,
      new Date(now.getTime() + deps.config.CERT_EXPIRY_WARNING_DAYS * DAY_MS),
    );
    for (const { certificate, partner } of partnerRows) {
      const lang = asLanguage(partner.langCode);
      const mail = renderMail(certificateMails.partner_certificate_expiring, lang, {
        partnerId: partner.id,
        partnerName: partner.name,
        subject: certificate.subject,
        expiresOn: utcDay(certificate.signedNotAfter),
        days: daysLeft(certificate.signedNotAfter),
      });
      await queueMail(tx, { to: partner.emailId, lang, template: 'partner_certificate_expiring', ...mail });
    }
    await repo.markPartnerCertificatesWarned(
      tx,
      partnerRows.map((r) => r.certificate.id),
      now,
    );

    const caRows = await repo.casExpiringUnwarned(
      tx,
      now,
      new Date(now.getTime() + deps.config.CA_EXPIRY_WARNING_DAYS * DAY_MS),
    );
    const admins = caRows.length ? await repo.adminEmails(tx) : [];
    for (const ca of caRows) {
      for (const admin of admins) {
        const lang = asLanguage(admin.locale);
        const mail = renderMail(certificateMails.ca_certificate_expiring, lang, {
          subject: ca.subject,
          partnerDomain: ca.partnerDomain,
          expiresOn: utcDay(ca.notAfter),
          days: daysLeft(ca.notAfter),
        });
        await queueMail(tx, { to: admin.email, lang, template: 'ca_certificate_expiring', ...mail });
      }
    }
    await repo.markCasWarned(
      tx,
      caRows.map((r) => r.id),
      now,
    );
    return { ran: true, partnerWarnings: partnerRows.length, caWarnings: caRows.length };
  });
}

/** Registers the watch with the job runner: it ticks hourly, and only the day's first tick does anything. */
export function registerCertificateExpiryJob(): void {
  registerJob({
    name: CERTIFICATE_EXPIRY_JOB,
    intervalMs: () => HOUR_MS,
    tick: async (deps) => {
      const result = await runExpiryWatch(deps);
      if (result.ran) deps.log.info({ job: CERTIFICATE_EXPIRY_JOB, ...result }, 'certificate expiry watch');
    },
  });
}
