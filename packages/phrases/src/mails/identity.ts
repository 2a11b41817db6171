import type { MailTemplates } from './define.ts';

/**
 * Mails of the identity module. Placeholders: `{{name}}` (the addressee's name or username), `{{userName}}`,
 * `{{link}}` (the single-use link), `{{minutes}}` / `{{hours}}` (how long the link works).
 */
export const identityMails = {
  /** Asked for through "forgot password", or sent by an admin. */
  password_reset: {
    eng: {
      subject: 'Reset your PMS password',
      text:
        'Hello {{name}},\n\n' +
        'Someone asked to reset the password of the PMS account {{userName}}. To choose a new password, open ' +
        'this link:\n\n{{link}}\n\n' +
        'The link works once and expires in {{minutes}} minutes. If you did not ask for this, ignore this ' +
        'mail: your password stays unchanged.\n\nPartner Management System',
    },
    fra: {
      subject: 'Réinitialisez votre mot de passe PMS',
      text:
        'Bonjour {{name}},\n\n' +
        'Une réinitialisation du mot de passe du compte PMS {{userName}} a été demandée. Pour choisir un ' +
        'nouveau mot de passe, ouvrez ce lien :\n\n{{link}}\n\n' +
        'Le lien ne sert qu’une fois et expire dans {{minutes}} minutes. Si vous n’êtes pas à l’origine de ' +
        'cette demande, ignorez ce message : votre mot de passe reste inchangé.\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'إعادة تعيين كلمة مرور PMS',
      text:
        'مرحبًا {{name}}،\n\n' +
        'طلب أحدهم إعادة تعيين كلمة مرور حساب PMS {{userName}}. لاختيار كلمة مرور جديدة، افتح هذا الرابط:\n\n' +
        '{{link}}\n\n' +
        'يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد {{minutes}} دقيقة. إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ' +
        'تبقى كلمة مرورك دون تغيير.\n\nنظام إدارة الشركاء',
    },
  },
  /** An admin created the account without a password: the user sets one. */
  account_setup: {
    eng: {
      subject: 'Your PMS account is ready',
      text:
        'Hello {{name}},\n\n' +
        'An administrator created the PMS account {{userName}} for you. To choose your password and sign in, ' +
        'open this link:\n\n{{link}}\n\n' +
        'The link works once and expires in {{hours}} hours. After that, use "Forgot password" on the ' +
        'sign-in page.\n\nPartner Management System',
    },
    fra: {
      subject: 'Votre compte PMS est prêt',
      text:
        'Bonjour {{name}},\n\n' +
        'Un administrateur a créé pour vous le compte PMS {{userName}}. Pour choisir votre mot de passe et ' +
        'vous connecter, ouvrez ce lien :\n\n{{link}}\n\n' +
        'Le lien ne sert qu’une fois et expire dans {{hours}} heures. Ensuite, utilisez « Mot de passe ' +
        'oublié » sur la page de connexion.\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'حسابك في PMS جاهز',
      text:
        'مرحبًا {{name}}،\n\n' +
        'أنشأ أحد المسؤولين لك حساب PMS {{userName}}. لاختيار كلمة المرور وتسجيل الدخول، افتح هذا الرابط:\n\n' +
        '{{link}}\n\n' +
        'يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد {{hours}} ساعة. بعد ذلك، استخدم «نسيت كلمة المرور» في ' +
        'صفحة تسجيل الدخول.\n\nنظام إدارة الشركاء',
    },
  },
  /** Self sign-up: confirms that the address belongs to the user. */
  email_verification: {
    eng: {
      subject: 'Confirm your e-mail address for PMS',
      text:
        'Hello {{name}},\n\n' +
        'To confirm the e-mail address of the PMS account {{userName}}, open this link:\n\n{{link}}\n\n' +
        'The link works once and expires in {{hours}} hours. If you did not sign up, ignore this mail.\n\n' +
        'Partner Management System',
    },
    fra: {
      subject: 'Confirmez votre adresse e-mail pour PMS',
      text:
        'Bonjour {{name}},\n\n' +
        'Pour confirmer l’adresse e-mail du compte PMS {{userName}}, ouvrez ce lien :\n\n{{link}}\n\n' +
        'Le lien ne sert qu’une fois et expire dans {{hours}} heures. Si vous ne vous êtes pas inscrit, ' +
        'ignorez ce message.\n\nSystème de gestion des partenaires',
    },
    ara: {
      subject: 'أكّد عنوان بريدك الإلكتروني في PMS',
      text:
        'مرحبًا {{name}}،\n\n' +
        'لتأكيد عنوان البريد الإلكتروني لحساب PMS {{userName}}، افتح هذا الرابط:\n\n{{link}}\n\n' +
        'يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد {{hours}} ساعة. إذا لم تقم بالتسجيل، فتجاهل هذه الرسالة.\n\n' +
        'نظام إدارة الشركاء',
    },
  },
} as const satisfies MailTemplates<'password_reset' | 'account_setup' | 'email_verification'>;

export type IdentityMail = keyof typeof identityMails;
