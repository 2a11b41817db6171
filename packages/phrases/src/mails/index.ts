export { type CertificateMail, certificateMails } from './certificates.ts';
export type { MailTemplates, MailText, TranslatedMail } from './define.ts';
export { renderMail } from './define.ts';
export { type IdentityMail, identityMails } from './identity.ts';
export { type PartnerMail, partnerMails } from './partners.ts';
