import type { partnerErrors } from '@pms/contracts';
import type { ErrorMessages } from './define.ts';

export const partnerErrorMessages: ErrorMessages<typeof partnerErrors> = {
  PMS_PRT_002: {
    eng: 'Policy group does not exist.',
    fra: 'Le groupe de politiques n’existe pas.',
    ara: 'مجموعة السياسات غير موجودة.',
  },
  PMS_PRT_005: {
    eng: 'Partner does not exist.',
    fra: 'Le partenaire n’existe pas.',
    ara: 'الشريك غير موجود.',
  },
  PMS_PRT_006: {
    eng: 'No policy request exists for this partner.',
    fra: 'Aucune demande de politique n’existe pour ce partenaire.',
    ara: 'لا يوجد طلب سياسة لهذا الشريك.',
  },
  PMS_PRT_010: {
    eng: 'Partner type does not exist.',
    fra: 'Le type de partenaire n’existe pas.',
    ara: 'نوع الشريك غير موجود.',
  },
  PMS_PRT_011: {
    eng: 'This e-mail address is already used by a partner.',
    fra: 'Cette adresse e-mail est déjà utilisée par un partenaire.',
    ara: 'عنوان البريد الإلكتروني هذا مستخدم بالفعل من قبل شريك.',
  },
  PMS_PRT_012: {
    eng: 'Invalid e-mail address.',
    fra: 'Adresse e-mail invalide.',
    ara: 'عنوان البريد الإلكتروني غير صالح.',
  },
  PMS_PRT_013: {
    eng: 'Invalid contact number: it must have at most {{max}} characters.',
    fra: 'Numéro de contact invalide : {{max}} caractères au maximum.',
    ara: 'رقم الاتصال غير صالح: يجب ألا يتجاوز {{max}} حرفًا.',
  },
  PMS_PRT_047: {
    eng: 'The partner is not mapped to a policy group.',
    fra: 'Le partenaire n’est rattaché à aucun groupe de politiques.',
    ara: 'الشريك غير مرتبط بمجموعة سياسات.',
  },
  PMS_PRT_048: {
    eng: 'Partners of this type do not use a policy group.',
    fra: 'Les partenaires de ce type n’utilisent pas de groupe de politiques.',
    ara: 'الشركاء من هذا النوع لا يستخدمون مجموعة سياسات.',
  },
  PMS_PRT_050: {
    eng: 'The policy group can only be changed while the partner is not active.',
    fra: 'Le groupe de politiques ne peut être modifié que tant que le partenaire n’est pas actif.',
    ara: 'لا يمكن تغيير مجموعة السياسات إلا عندما يكون الشريك غير نشط.',
  },
  PMS_PRT_051: {
    eng: 'A partner is already registered with the same id.',
    fra: 'Un partenaire est déjà enregistré avec le même identifiant.',
    ara: 'يوجد شريك مسجل بالفعل بنفس المعرّف.',
  },
  PMS_PRT_052: {
    eng: 'The partner id must have at most {{max}} characters.',
    fra: 'L’identifiant du partenaire doit contenir au plus {{max}} caractères.',
    ara: 'يجب ألا يتجاوز معرّف الشريك {{max}} حرفًا.',
  },
  PMS_PRT_053: {
    eng: 'This policy is already pending for approval against your partner id.',
    fra: 'Cette politique est déjà en attente d’approbation pour votre identifiant de partenaire.',
    ara: 'هذه السياسة بانتظار الموافقة بالفعل لمعرّف الشريك الخاص بك.',
  },
  PMS_PRT_055: {
    eng: 'Your e-mail address is already registered for a partner.',
    fra: 'Votre adresse e-mail est déjà enregistrée pour un partenaire.',
    ara: 'عنوان بريدك الإلكتروني مسجل بالفعل لشريك.',
  },
  PMS_PRT_056: {
    eng: 'The language {{langCode}} is not supported.',
    fra: 'La langue {{langCode}} n’est pas prise en charge.',
    ara: 'اللغة {{langCode}} غير مدعومة.',
  },
  PMS_PRT_060: {
    eng: 'This policy has already been approved against your partner id.',
    fra: 'Cette politique a déjà été approuvée pour votre identifiant de partenaire.',
    ara: 'تمت الموافقة على هذه السياسة بالفعل لمعرّف الشريك الخاص بك.',
  },
  PMS_PRT_066: {
    eng: 'The partner id must not contain spaces.',
    fra: 'L’identifiant du partenaire ne doit pas contenir d’espaces.',
    ara: 'يجب ألا يحتوي معرّف الشريك على مسافات.',
  },
  PMS_PRT_073: {
    eng: 'Policy does not exist.',
    fra: 'La politique n’existe pas.',
    ara: 'السياسة غير موجودة.',
  },
  PMS_PRT_096: {
    eng: 'The additional information is not valid JSON.',
    fra: 'Les informations complémentaires ne sont pas un JSON valide.',
    ara: 'المعلومات الإضافية ليست JSON صالحًا.',
  },
  PMS_PRT_098: {
    eng: 'The policy does not belong to the partner’s policy group.',
    fra: 'La politique n’appartient pas au groupe de politiques du partenaire.',
    ara: 'السياسة لا تنتمي إلى مجموعة سياسات الشريك.',
  },
  PMS_PRT_108: {
    eng: 'A policy group is mandatory for {{partnerType}}.',
    fra: 'Un groupe de politiques est obligatoire pour {{partnerType}}.',
    ara: 'مجموعة السياسات إلزامية لـ {{partnerType}}.',
  },
  PMS_PRT_130: {
    eng: 'A {{partnerType}} partner cannot request a {{policyType}} policy.',
    fra: 'Un partenaire {{partnerType}} ne peut pas demander une politique {{policyType}}.',
    ara: 'لا يمكن لشريك من نوع {{partnerType}} طلب سياسة من نوع {{policyType}}.',
  },
  PMS_PMP_005: {
    eng: 'Partner id does not exist.',
    fra: 'L’identifiant de partenaire n’existe pas.',
    ara: 'معرّف الشريك غير موجود.',
  },
  PMS_PMP_007: {
    eng: 'Policy request does not exist.',
    fra: 'La demande de politique n’existe pas.',
    ara: 'طلب السياسة غير موجود.',
  },
  PMS_PMP_016: {
    eng: 'Partner is not active.',
    fra: 'Le partenaire n’est pas actif.',
    ara: 'الشريك غير نشط.',
  },
  PMS_PMP_018: {
    eng: 'Policy expired.',
    fra: 'La politique a expiré.',
    ara: 'انتهت صلاحية السياسة.',
  },
  PMS_PMP_019: {
    eng: 'Policy is not active.',
    fra: 'La politique n’est pas active.',
    ara: 'السياسة غير نشطة.',
  },
  PMS_PMP_023: {
    eng: 'Policy group is not active.',
    fra: 'Le groupe de politiques n’est pas actif.',
    ara: 'مجموعة السياسات غير نشطة.',
  },
  PMS_PMP_052: {
    eng: 'The partner has no accepted certificate, so it cannot be activated.',
    fra: 'Le partenaire n’a pas de certificat accepté : il ne peut pas être activé.',
    ara: 'ليس لدى الشريك شهادة مقبولة، لذا لا يمكن تفعيله.',
  },
  PMS_PM_034: {
    eng: 'Policy request already approved.',
    fra: 'Demande de politique déjà approuvée.',
    ara: 'تمت الموافقة على طلب السياسة بالفعل.',
  },
  PMS_PM_035: {
    eng: 'Policy request already rejected.',
    fra: 'Demande de politique déjà rejetée.',
    ara: 'تم رفض طلب السياسة بالفعل.',
  },
  PMS_PM_045: {
    eng: 'The status must be either approved or rejected.',
    fra: 'Le statut doit être « approved » ou « rejected ».',
    ara: 'يجب أن تكون الحالة إما approved أو rejected.',
  },
  PMS_PM_058: {
    eng: 'The status must be either Active or De-Active.',
    fra: 'Le statut doit être « Active » ou « De-Active ».',
    ara: 'يجب أن تكون الحالة إما Active أو De-Active.',
  },
  PMS_PM_063: {
    eng: 'The partner is already deactivated.',
    fra: 'Le partenaire est déjà désactivé.',
    ara: 'الشريك معطل بالفعل.',
  },
  PMS_PM_065: {
    eng: 'The partner is already active.',
    fra: 'Le partenaire est déjà actif.',
    ara: 'الشريك نشط بالفعل.',
  },
  PMS_SGN_001: {
    eng: 'The form check failed. Reload the page and fill in the form again.',
    fra: 'La vérification du formulaire a échoué. Rechargez la page et remplissez à nouveau le formulaire.',
    ara: 'فشل التحقق من النموذج. أعد تحميل الصفحة واملأ النموذج مرة أخرى.',
  },
  PMS_SGN_002: {
    eng: 'Too many sign-ups from your address. Try again later.',
    fra: 'Trop d’inscriptions depuis votre adresse. Réessayez plus tard.',
    ara: 'عمليات تسجيل كثيرة من عنوانك. حاول مرة أخرى لاحقًا.',
  },
  PMS_SGN_003: {
    eng: 'This partner type cannot be chosen at sign-up.',
    fra: 'Ce type de partenaire ne peut pas être choisi à l’inscription.',
    ara: 'لا يمكن اختيار نوع الشريك هذا عند التسجيل.',
  },
};
