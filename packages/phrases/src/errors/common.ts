import type { commonErrors } from '@pms/contracts';
import type { ErrorMessages } from './define.ts';

export const commonErrorMessages: ErrorMessages<typeof commonErrors> = {
  PMS_COR_001: {
    eng: 'Invalid request parameter - {{issue}} : {{field}}',
    fra: 'Paramètre de requête invalide - {{issue}} : {{field}}',
    ara: 'معامل طلب غير صالح - {{issue}} : {{field}}',
  },
  PMS_COR_002: {
    eng: 'The request body is not valid JSON.',
    fra: "Le corps de la requête n'est pas un JSON valide.",
    ara: 'نص الطلب ليس JSON صالحًا.',
  },
  PMS_COR_404: {
    eng: 'No such endpoint: {{method}} {{url}}',
    fra: 'Point de terminaison inconnu : {{method}} {{url}}',
    ara: 'لا توجد نقطة نهاية: {{method}} {{url}}',
  },
  PMS_COR_405: {
    eng: 'Method not allowed.',
    fra: 'Méthode non autorisée.',
    ara: 'الطريقة غير مسموح بها.',
  },
  PMS_COR_415: {
    eng: 'Unsupported content type: {{contentType}}. Send application/json.',
    fra: 'Type de contenu non pris en charge : {{contentType}}. Envoyez application/json.',
    ara: 'نوع محتوى غير مدعوم: {{contentType}}. أرسل application/json.',
  },
  PMS_COR_413: {
    eng: 'The request body is larger than {{limit}} bytes.',
    fra: 'Le corps de la requête dépasse {{limit}} octets.',
    ara: 'نص الطلب أكبر من {{limit}} بايت.',
  },
  PMS_COR_500: {
    eng: 'Unable to process the request. Quote request id {{requestId}} to the operator.',
    fra: "Impossible de traiter la requête. Communiquez l'identifiant {{requestId}} à l'opérateur.",
    ara: 'تعذرت معالجة الطلب. أبلغ المشغل بمعرّف الطلب {{requestId}}.',
  },
  PMS_COR_503: {
    eng: 'The service is not ready.',
    fra: "Le service n'est pas prêt.",
    ara: 'الخدمة غير جاهزة.',
  },
  PMS_COR_429: {
    eng: 'Too many requests. Try again in {{retryAfter}} seconds.',
    fra: 'Trop de requêtes. Réessayez dans {{retryAfter}} secondes.',
    ara: 'طلبات كثيرة جدًا. حاول مرة أخرى بعد {{retryAfter}} ثانية.',
  },
  PMS_REQUEST_ERROR_005: {
    eng: 'Request body is invalid.',
    fra: 'Le corps de la requête est invalide.',
    ara: 'نص الطلب غير صالح.',
  },
  PMS_PS_ERROR_006: {
    eng: 'Both pageNo and pageSize must be given together.',
    fra: 'pageNo et pageSize doivent être fournis ensemble.',
    ara: 'يجب تقديم pageNo و pageSize معًا.',
  },
  PMS_PS_ERROR_007: {
    eng: 'Both sortFieldName and sortType must be given together.',
    fra: 'sortFieldName et sortType doivent être fournis ensemble.',
    ara: 'يجب تقديم sortFieldName و sortType معًا.',
  },
  PMS_PS_ERROR_008: {
    eng: 'Sorting requires pageNo and pageSize.',
    fra: 'Le tri nécessite pageNo et pageSize.',
    ara: 'الفرز يتطلب pageNo و pageSize.',
  },
  PMS_PRT_357: {
    eng: 'Invalid sort field {{field}}',
    fra: 'Champ de tri invalide {{field}}',
    ara: 'حقل فرز غير صالح {{field}}',
  },
  PMS_PRT_358: {
    eng: 'Sort type {{sortType}} is not supported',
    fra: "Le type de tri {{sortType}} n'est pas pris en charge",
    ara: 'نوع الفرز {{sortType}} غير مدعوم',
  },
  PMS_PRT_360: {
    eng: 'Invalid page number',
    fra: 'Numéro de page invalide',
    ara: 'رقم صفحة غير صالح',
  },
  PMS_PRT_361: {
    eng: 'Invalid page size (1 to {{max}})',
    fra: 'Taille de page invalide (1 à {{max}})',
    ara: 'حجم صفحة غير صالح (1 إلى {{max}})',
  },
  PMS_COR_NOT_FOUND: {
    eng: '{{entity}} not found.',
    fra: '{{entity}} introuvable.',
    ara: '{{entity}} غير موجود.',
  },
  PMS_COR_409: {
    eng: 'The change conflicts with the current data: {{detail}}',
    fra: 'La modification est en conflit avec les données actuelles : {{detail}}',
    ara: 'يتعارض التغيير مع البيانات الحالية: {{detail}}',
  },
};
