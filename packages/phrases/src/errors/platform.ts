import type { platformErrors } from '@pms/contracts';
import type { ErrorMessages } from './define.ts';

export const platformErrorMessages: ErrorMessages<typeof platformErrors> = {
  PMS_AUD_001: {
    eng: 'Audit event not found.',
    fra: "Événement d'audit introuvable.",
    ara: 'حدث التدقيق غير موجود.',
  },
  PMS_WHK_001: {
    eng: 'Webhook subscription not found.',
    fra: 'Abonnement webhook introuvable.',
    ara: 'اشتراك الويب هوك غير موجود.',
  },
  PMS_OBX_001: {
    eng: 'Outbox message not found.',
    fra: "Message d'envoi introuvable.",
    ara: 'رسالة الإرسال غير موجودة.',
  },
  PMS_OBX_002: {
    eng: 'Only a message that gave up ({{status}} now) can be queued again.',
    fra: 'Seul un message abandonné (actuellement {{status}}) peut être remis en file.',
    ara: 'لا يمكن إعادة جدولة إلا رسالة متوقفة (حالتها الآن {{status}}).',
  },
  PMS_MBX_001: {
    eng: 'Mail not found.',
    fra: 'Courriel introuvable.',
    ara: 'البريد غير موجود.',
  },
};
