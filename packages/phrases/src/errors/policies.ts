import type { policyErrors } from '@pms/contracts';
import type { ErrorMessages } from './define.ts';

export const policyErrorMessages: ErrorMessages<typeof policyErrors> = {
  PMS_POL_008: {
    eng: 'Policy ID does not exist.',
    fra: 'L’identifiant de politique n’existe pas.',
    ara: 'معرّف السياسة غير موجود.',
  },
  PMS_POL_009: {
    eng: 'A policy named {{name}} already exists in this policy group.',
    fra: 'Une politique nommée {{name}} existe déjà dans ce groupe de politiques.',
    ara: 'توجد بالفعل سياسة باسم {{name}} في مجموعة السياسات هذه.',
  },
  PMS_POL_014: {
    eng: 'A policy group named {{name}} already exists.',
    fra: 'Un groupe de politiques nommé {{name}} existe déjà.',
    ara: 'توجد بالفعل مجموعة سياسات باسم {{name}}.',
  },
  PMS_POL_015: {
    eng: 'The policy does not belong to this policy group.',
    fra: 'La politique n’appartient pas à ce groupe de politiques.',
    ara: 'السياسة لا تنتمي إلى مجموعة السياسات هذه.',
  },
  PMS_POL_016: {
    eng: 'Policy group ID does not exist.',
    fra: 'L’identifiant de groupe de politiques n’existe pas.',
    ara: 'معرّف مجموعة السياسات غير موجود.',
  },
  PMS_POL_017: {
    eng: 'No policy available for the given partner.',
    fra: 'Aucune politique disponible pour ce partenaire.',
    ara: 'لا توجد سياسة متاحة لهذا الشريك.',
  },
  PMS_POL_019: {
    eng: 'Policy group name does not exist.',
    fra: 'Le nom de groupe de politiques n’existe pas.',
    ara: 'اسم مجموعة السياسات غير موجود.',
  },
  PMS_POL_020: {
    eng: 'The policy is already published.',
    fra: 'La politique est déjà publiée.',
    ara: 'السياسة منشورة بالفعل.',
  },
  PMS_POL_023: {
    eng: 'Policy type {{type}} is not allowed. Allowed types: {{allowed}}.',
    fra: 'Le type de politique {{type}} n’est pas autorisé. Types autorisés : {{allowed}}.',
    ara: 'نوع السياسة {{type}} غير مسموح به. الأنواع المسموح بها: {{allowed}}.',
  },
  PMS_POL_053: {
    eng: 'The policy group is not active.',
    fra: 'Le groupe de politiques n’est pas actif.',
    ara: 'مجموعة السياسات غير نشطة.',
  },
  PMS_POL_055: {
    eng: 'A published policy cannot be updated.',
    fra: 'Une politique publiée ne peut pas être modifiée.',
    ara: 'لا يمكن تعديل سياسة منشورة.',
  },
  PMS_POL_056: {
    eng: 'Active policies exist under the policy group.',
    fra: 'Des politiques actives existent dans ce groupe de politiques.',
    ara: 'توجد سياسات نشطة ضمن مجموعة السياسات.',
  },
  PMS_POL_062: {
    eng: 'The policy has already been deactivated.',
    fra: 'La politique a déjà été désactivée.',
    ara: 'تم إلغاء تفعيل السياسة بالفعل.',
  },
  PMS_POL_063: {
    eng: 'An approved partner policy request is associated with this policy.',
    fra: 'Une demande de politique approuvée d’un partenaire est associée à cette politique.',
    ara: 'يوجد طلب سياسة معتمد لشريك مرتبط بهذه السياسة.',
  },
  PMS_POL_064: {
    eng: 'A pending partner policy request is associated with this policy.',
    fra: 'Une demande de politique en attente d’un partenaire est associée à cette politique.',
    ara: 'يوجد طلب سياسة معلّق لشريك مرتبط بهذه السياسة.',
  },
  PMS_POL_065: {
    eng: 'The specified policy does not exist.',
    fra: 'La politique indiquée n’existe pas.',
    ara: 'السياسة المحددة غير موجودة.',
  },
  PMS_POL_067: {
    eng: 'The policy group is already deactivated.',
    fra: 'Le groupe de politiques est déjà désactivé.',
    ara: 'تم إلغاء تفعيل مجموعة السياسات بالفعل.',
  },
  PMS_POL_068: {
    eng: 'The policy group does not exist.',
    fra: 'Le groupe de politiques n’existe pas.',
    ara: 'مجموعة السياسات غير موجودة.',
  },
  PMS_POL_069: {
    eng: 'Active and draft policies exist under the policy group.',
    fra: 'Des politiques actives et des brouillons existent dans ce groupe de politiques.',
    ara: 'توجد سياسات نشطة ومسودات ضمن مجموعة السياسات.',
  },
  PMS_POL_070: {
    eng: 'Draft policies exist under the policy group.',
    fra: 'Des brouillons de politiques existent dans ce groupe de politiques.',
    ara: 'توجد مسودات سياسات ضمن مجموعة السياسات.',
  },
  PMS_POL_072: {
    eng: 'The selected policy is not in activated status.',
    fra: 'La politique sélectionnée n’est pas à l’état activé.',
    ara: 'السياسة المحددة ليست في حالة مفعّلة.',
  },
  PMS_POL_073: {
    eng: 'The request status must be De-Activate.',
    fra: 'Le statut demandé doit être De-Activate.',
    ara: 'يجب أن تكون الحالة المطلوبة De-Activate.',
  },
  PMS_POL_101: {
    eng: 'The policy document is larger than {{max}} bytes.',
    fra: 'Le document de politique dépasse {{max}} octets.',
    ara: 'مستند السياسة أكبر من {{max}} بايت.',
  },
  PMS_PV_005: {
    eng: 'Invalid input parameter - {{path}} in policy data (expected: {{expected}}).',
    fra: 'Paramètre invalide - {{path}} dans les données de politique (attendu : {{expected}}).',
    ara: 'معامل إدخال غير صالح - {{path}} في بيانات السياسة (المتوقع: {{expected}}).',
  },
  PMS_PV_006: {
    eng: 'Missing input parameter - {{path}} in policy data.',
    fra: 'Paramètre manquant - {{path}} dans les données de politique.',
    ara: 'معامل إدخال مفقود - {{path}} في بيانات السياسة.',
  },
  PMS_PV_007: {
    eng: 'Format error in {{path}}: expected format is {{format}}.',
    fra: 'Erreur de format dans {{path}} : le format attendu est {{format}}.',
    ara: 'خطأ في التنسيق في {{path}}: التنسيق المتوقع هو {{format}}.',
  },
  PMS_PV_008: {
    eng: 'Empty array is not allowed in {{path}}.',
    fra: 'Un tableau vide n’est pas autorisé dans {{path}}.',
    ara: 'المصفوفة الفارغة غير مسموح بها في {{path}}.',
  },
  PMS_PV_009: {
    eng: 'Empty string is not allowed in {{path}}.',
    fra: 'Une chaîne vide n’est pas autorisée dans {{path}}.',
    ara: 'النص الفارغ غير مسموح به في {{path}}.',
  },
};
