import type { MailTemplates } from './define.ts';

/**
 * Mails of the partners module (MOSIP PARTNER_REGISTRED and PARTNER_UPDATED templates, plus the decision on a
 * policy request). Placeholders: partnerId, partnerName, status, policyName, comment.
 */
export const partnerMails = {
  partner_registered: {
    eng: {
      subject: 'Partner {{partnerId}} registered',
      text: 'Hello,\n\nThe partner {{partnerId}} ({{partnerName}}) has been registered. Its status is {{status}}: upload your partner certificate to have it approved.\n\nPartner Management System',
    },
    fra: {
      subject: 'Partenaire {{partnerId}} enregistré',
      text: 'Bonjour,\n\nLe partenaire {{partnerId}} ({{partnerName}}) a été enregistré. Son statut est {{status}} : téléversez votre certificat de partenaire pour le faire approuver.\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'تم تسجيل الشريك {{partnerId}}',
      text: 'مرحبًا،\n\nتم تسجيل الشريك {{partnerId}} ({{partnerName}}). حالته {{status}}: ارفع شهادة الشريك الخاصة بك للموافقة عليه.\n\nنظام إدارة الشركاء',
    },
  },
  partner_activated: {
    eng: {
      subject: 'Partner {{partnerId}} activated',
      text: 'Hello,\n\nThe partner {{partnerId}} ({{partnerName}}) has been activated.\n\nPartner Management System',
    },
    fra: {
      subject: 'Partenaire {{partnerId}} activé',
      text: 'Bonjour,\n\nLe partenaire {{partnerId}} ({{partnerName}}) a été activé.\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'تم تفعيل الشريك {{partnerId}}',
      text: 'مرحبًا،\n\nتم تفعيل الشريك {{partnerId}} ({{partnerName}}).\n\nنظام إدارة الشركاء',
    },
  },
  partner_deactivated: {
    eng: {
      subject: 'Partner {{partnerId}} deactivated',
      text: 'Hello,\n\nThe partner {{partnerId}} ({{partnerName}}) has been deactivated. Reason: {{comment}}\n\nPartner Management System',
    },
    fra: {
      subject: 'Partenaire {{partnerId}} désactivé',
      text: 'Bonjour,\n\nLe partenaire {{partnerId}} ({{partnerName}}) a été désactivé. Motif : {{comment}}\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'تم تعطيل الشريك {{partnerId}}',
      text: 'مرحبًا،\n\nتم تعطيل الشريك {{partnerId}} ({{partnerName}}). السبب: {{comment}}\n\nنظام إدارة الشركاء',
    },
  },
  policy_request_approved: {
    eng: {
      subject: 'Policy request approved: {{policyName}}',
      text: 'Hello,\n\nThe request of partner {{partnerId}} for the policy {{policyName}} has been approved.\nComment: {{comment}}\n\nPartner Management System',
    },
    fra: {
      subject: 'Demande de politique approuvée : {{policyName}}',
      text: 'Bonjour,\n\nLa demande du partenaire {{partnerId}} pour la politique {{policyName}} a été approuvée.\nCommentaire : {{comment}}\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'تمت الموافقة على طلب السياسة: {{policyName}}',
      text: 'مرحبًا،\n\nتمت الموافقة على طلب الشريك {{partnerId}} للسياسة {{policyName}}.\nتعليق: {{comment}}\n\nنظام إدارة الشركاء',
    },
  },
  policy_request_rejected: {
    eng: {
      subject: 'Policy request rejected: {{policyName}}',
      text: 'Hello,\n\nThe request of partner {{partnerId}} for the policy {{policyName}} has been rejected.\nComment: {{comment}}\n\nPartner Management System',
    },
    fra: {
      subject: 'Demande de politique rejetée : {{policyName}}',
      text: 'Bonjour,\n\nLa demande du partenaire {{partnerId}} pour la politique {{policyName}} a été rejetée.\nCommentaire : {{comment}}\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'تم رفض طلب السياسة: {{policyName}}',
      text: 'مرحبًا،\n\nتم رفض طلب الشريك {{partnerId}} للسياسة {{policyName}}.\nتعليق: {{comment}}\n\nنظام إدارة الشركاء',
    },
  },
} satisfies MailTemplates;

export type PartnerMail = keyof typeof partnerMails;
