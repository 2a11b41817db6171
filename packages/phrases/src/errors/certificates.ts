import type { certificateErrors } from '@pms/contracts';
import type { ErrorMessages } from './define.ts';

export const certificateErrorMessages: ErrorMessages<typeof certificateErrors> = {
  'KER-PCM-001': {
    eng: 'Invalid Certificate uploaded: {{detail}}.',
    fra: 'Certificat téléversé non valide : {{detail}}.',
    ara: 'الشهادة المرفوعة غير صالحة: {{detail}}.',
  },
  'KER-KMS-013': {
    eng: 'Certificate Parsing Error: {{detail}}.',
    fra: 'Erreur de lecture du certificat : {{detail}}.',
    ara: 'خطأ في قراءة الشهادة: {{detail}}.',
  },
  'KER-PCM-003': {
    eng: 'Certificate already exists in store.',
    fra: 'Ce certificat existe déjà dans le magasin de confiance.',
    ara: 'الشهادة موجودة بالفعل في المخزن.',
  },
  'KER-PCM-004': {
    eng: 'Certificate Dates are not valid: it is valid from {{notBefore}} to {{notAfter}}.',
    fra: 'Les dates du certificat ne sont pas valides : il est valable du {{notBefore}} au {{notAfter}}.',
    ara: 'تواريخ الشهادة غير صالحة: صلاحيتها من {{notBefore}} إلى {{notAfter}}.',
  },
  'KER-PCM-005': {
    eng: 'Root CA Certificate not found: upload the issuing root or intermediate CA of this domain first.',
    fra: 'Certificat d’AC racine introuvable : téléversez d’abord l’AC racine ou intermédiaire émettrice de ce domaine.',
    ara: 'لم يتم العثور على شهادة المرجع الجذري: ارفع أولاً شهادة المرجع الجذري أو الوسيط المُصدِر لهذا النطاق.',
  },
  'KER-PCM-006': {
    eng: 'Root CA/Intermediate CA Certificates not found for domain {{partnerDomain}}.',
    fra: 'Certificats d’AC racine/intermédiaire introuvables pour le domaine {{partnerDomain}}.',
    ara: 'لم يتم العثور على شهادات المرجع الجذري/الوسيط للنطاق {{partnerDomain}}.',
  },
  'KER-PCM-007': {
    eng: 'Certificate version not supported: only X.509 version 3 is accepted.',
    fra: 'Version de certificat non prise en charge : seule la version 3 de X.509 est acceptée.',
    ara: 'إصدار الشهادة غير مدعوم: يُقبل الإصدار 3 من X.509 فقط.',
  },
  'KER-PCM-008': {
    eng: 'Partner Organization Name not Matched: the certificate says "{{certificateOrganisation}}", the partner is "{{organisation}}".',
    fra: 'Le nom de l’organisation du partenaire ne correspond pas : le certificat indique « {{certificateOrganisation}} », le partenaire est « {{organisation}} ».',
    ara: 'اسم منظمة الشريك غير مطابق: الشهادة تذكر "{{certificateOrganisation}}" والشريك هو "{{organisation}}".',
  },
  'KER-PCM-011': {
    eng: 'Invalid Partner Domain: use AUTH, DEVICE or FTM.',
    fra: 'Domaine de partenaire non valide : utilisez AUTH, DEVICE ou FTM.',
    ara: 'نطاق الشريك غير صالح: استخدم AUTH أو DEVICE أو FTM.',
  },
  'KER-PCM-012': {
    eng: 'Partner Certificate not found.',
    fra: 'Certificat du partenaire introuvable.',
    ara: 'لم يتم العثور على شهادة الشريك.',
  },
  'KER-PCM-013': {
    eng: 'Partner Certificate Key Size is less than allowed size: use RSA of at least 2048 bits or EC P-256/P-384 (found {{key}}).',
    fra: 'La taille de clé du certificat du partenaire est insuffisante : utilisez RSA d’au moins 2048 bits ou EC P-256/P-384 (trouvé : {{key}}).',
    ara: 'حجم مفتاح شهادة الشريك أقل من المسموح: استخدم RSA بطول 2048 بت على الأقل أو EC P-256/P-384 (الموجود: {{key}}).',
  },
  'KER-PCM-014': {
    eng: 'Partner Certificate Signature algorithm not supported: {{algorithm}}.',
    fra: 'Algorithme de signature du certificat du partenaire non pris en charge : {{algorithm}}.',
    ara: 'خوارزمية توقيع شهادة الشريك غير مدعومة: {{algorithm}}.',
  },
  'KER-PCM-015': {
    eng: 'Self Signed Certificate not allowed as partner.',
    fra: 'Un certificat auto-signé n’est pas accepté comme certificat de partenaire.',
    ara: 'لا يُسمح بالشهادة ذاتية التوقيع كشهادة شريك.',
  },
  'KER-PCM-017': {
    eng: 'The CA Certificate validity is less than required minimum validity of {{months}} months.',
    fra: 'La validité restante du certificat d’AC est inférieure au minimum requis de {{months}} mois.',
    ara: 'صلاحية شهادة المرجع المصدق أقل من الحد الأدنى المطلوب وهو {{months}} شهرًا.',
  },
  'KER-PCM-018': {
    eng: 'Invalid Certificate Type: use ROOT or INTERMEDIATE.',
    fra: 'Type de certificat non valide : utilisez ROOT ou INTERMEDIATE.',
    ara: 'نوع الشهادة غير صالح: استخدم ROOT أو INTERMEDIATE.',
  },
  'KER-PMS-019': {
    eng: 'CA Certificate not found for the given ID.',
    fra: 'Aucun certificat d’AC pour cet identifiant.',
    ara: 'لم يتم العثور على شهادة مرجع مصدق بهذا المعرّف.',
  },
  'KER-PMS-020': {
    eng: 'Future Dated Certificate not allowed to upload: it is valid only from {{notBefore}}.',
    fra: 'Un certificat daté dans le futur ne peut pas être téléversé : il n’est valable qu’à partir du {{notBefore}}.',
    ara: 'لا يُسمح برفع شهادة بتاريخ مستقبلي: صلاحيتها تبدأ من {{notBefore}}.',
  },
  'KER-KMS-021': {
    eng: 'The PARTNER Certificate validity is less than required minimum validity of {{days}} days.',
    fra: 'La validité restante du certificat du partenaire est inférieure au minimum requis de {{days}} jours.',
    ara: 'صلاحية شهادة الشريك أقل من الحد الأدنى المطلوب وهو {{days}} يومًا.',
  },
  PMS_CERTIFICATE_ERROR_009: {
    eng: 'Unable to download the certificate: the partner is deactivated.',
    fra: 'Impossible de télécharger le certificat : le partenaire est désactivé.',
    ara: 'تعذّر تنزيل الشهادة: الشريك معطّل.',
  },
  PMS_CA_001: {
    eng: 'This is not a CA certificate: basicConstraints CA=true is missing.',
    fra: 'Ce n’est pas un certificat d’AC : basicConstraints CA=true est absent.',
    ara: 'هذه ليست شهادة مرجع مصدق: القيد basicConstraints CA=true غير موجود.',
  },
  PMS_CA_002: {
    eng: 'The CA certificate may not sign certificates: its key usage lacks keyCertSign.',
    fra: 'Le certificat d’AC ne peut pas signer de certificats : son usage de clé ne comporte pas keyCertSign.',
    ara: 'لا يمكن لشهادة المرجع المصدق توقيع الشهادات: استخدام المفتاح لا يتضمن keyCertSign.',
  },
  PMS_CA_003: {
    eng: 'CA key not allowed: use RSA of at least 2048 bits or EC P-256/P-384 (found {{key}}).',
    fra: 'Clé d’AC non acceptée : utilisez RSA d’au moins 2048 bits ou EC P-256/P-384 (trouvé : {{key}}).',
    ara: 'مفتاح المرجع المصدق غير مسموح: استخدم RSA بطول 2048 بت على الأقل أو EC P-256/P-384 (الموجود: {{key}}).',
  },
  PMS_CA_004: {
    eng: 'CA certificate signature algorithm not allowed: {{algorithm}} (SHA-256, SHA-384 or SHA-512 required).',
    fra: 'Algorithme de signature du certificat d’AC non accepté : {{algorithm}} (SHA-256, SHA-384 ou SHA-512 requis).',
    ara: 'خوارزمية توقيع شهادة المرجع المصدق غير مسموحة: {{algorithm}} (يلزم SHA-256 أو SHA-384 أو SHA-512).',
  },
  PMS_CA_005: {
    eng: 'This CA certificate is already revoked.',
    fra: 'Ce certificat d’AC est déjà révoqué.',
    ara: 'شهادة المرجع المصدق هذه ملغاة بالفعل.',
  },
  PMS_CERT_001: {
    eng: 'Partner domain {{partnerDomain}} does not match the partner type: use {{expected}}.',
    fra: 'Le domaine {{partnerDomain}} ne correspond pas au type du partenaire : utilisez {{expected}}.',
    ara: 'النطاق {{partnerDomain}} لا يطابق نوع الشريك: استخدم {{expected}}.',
  },
  PMS_CERT_002: {
    eng: 'The certificate subject has no common name (CN).',
    fra: 'Le sujet du certificat n’a pas de nom commun (CN).',
    ara: 'موضوع الشهادة لا يحتوي على اسم شائع (CN).',
  },
};
