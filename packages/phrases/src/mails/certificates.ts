import type { MailTemplates } from './define.ts';

/**
 * Mails of the certificates module: expiry warnings to partners (their PMS-issued certificate) and to partner
 * admins (trust-store CAs). Placeholders: partnerId, partnerName, subject, expiresOn, days, partnerDomain.
 */
export const certificateMails = {
  partner_certificate_expiring: {
    eng: {
      subject: 'Certificate of partner {{partnerId}} expires on {{expiresOn}}',
      text: 'Hello,\n\nThe certificate of partner {{partnerId}} ({{partnerName}}), issued to {{subject}}, expires on {{expiresOn}} (in {{days}} days). Upload a renewed certificate before that date to keep using MOSIP services.\n\nPartner Management System',
    },
    fra: {
      subject: 'Le certificat du partenaire {{partnerId}} expire le {{expiresOn}}',
      text: 'Bonjour,\n\nLe certificat du partenaire {{partnerId}} ({{partnerName}}), délivré à {{subject}}, expire le {{expiresOn}} (dans {{days}} jours). Téléversez un certificat renouvelé avant cette date pour continuer à utiliser les services MOSIP.\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'تنتهي صلاحية شهادة الشريك {{partnerId}} في {{expiresOn}}',
      text: 'مرحبًا،\n\nتنتهي صلاحية شهادة الشريك {{partnerId}} ({{partnerName}})، الصادرة لـ {{subject}}، في {{expiresOn}} (بعد {{days}} يومًا). ارفع شهادة مجددة قبل هذا التاريخ لمواصلة استخدام خدمات MOSIP.\n\nنظام إدارة الشركاء',
    },
  },
  ca_certificate_expiring: {
    eng: {
      subject: 'Trust-store CA expires on {{expiresOn}}: {{subject}}',
      text: 'Hello,\n\nThe {{partnerDomain}} CA certificate {{subject}} expires on {{expiresOn}} (in {{days}} days). Partner certificates issued under it will no longer be accepted after that date: upload its successor in time.\n\nPartner Management System',
    },
    fra: {
      subject: 'Une AC du magasin de confiance expire le {{expiresOn}} : {{subject}}',
      text: 'Bonjour,\n\nLe certificat d’AC {{partnerDomain}} {{subject}} expire le {{expiresOn}} (dans {{days}} jours). Les certificats de partenaires émis sous cette AC ne seront plus acceptés après cette date : téléversez son successeur à temps.\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'تنتهي صلاحية مرجع مصدق في مخزن الثقة في {{expiresOn}}: {{subject}}',
      text: 'مرحبًا،\n\nتنتهي صلاحية شهادة المرجع المصدق {{subject}} للنطاق {{partnerDomain}} في {{expiresOn}} (بعد {{days}} يومًا). لن تُقبل شهادات الشركاء الصادرة عنه بعد هذا التاريخ: ارفع الشهادة البديلة في الوقت المناسب.\n\nنظام إدارة الشركاء',
    },
  },
} satisfies MailTemplates;

export type CertificateMail = keyof typeof certificateMails;
