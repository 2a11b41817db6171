import type { identityErrors } from '@pms/contracts';
import type { ErrorMessages } from './define.ts';

export const identityErrorMessages: ErrorMessages<typeof identityErrors> = {
  'KER-ATH-401': {
    eng: 'Authentication failed: sign in again.',
    fra: 'Échec de l’authentification : reconnectez-vous.',
    ara: 'فشلت المصادقة: سجّل الدخول مرة أخرى.',
  },
  'KER-ATH-403': {
    eng: 'You are not allowed to do this.',
    fra: 'Vous n’êtes pas autorisé à effectuer cette action.',
    ara: 'غير مسموح لك بتنفيذ هذا الإجراء.',
  },
  PMS_ATH_001: {
    eng: 'Wrong username or password.',
    fra: 'Nom d’utilisateur ou mot de passe incorrect.',
    ara: 'اسم المستخدم أو كلمة المرور غير صحيحة.',
  },
  PMS_ATH_002: {
    eng: 'Too many failed sign-ins. The account is locked for {{minutes}} minutes.',
    fra: 'Trop d’échecs de connexion. Le compte est verrouillé pendant {{minutes}} minutes.',
    ara: 'محاولات دخول فاشلة كثيرة. الحساب مقفل لمدة {{minutes}} دقيقة.',
  },
  PMS_ATH_003: {
    eng: 'Too many failed sign-ins from your address. Try again in {{minutes}} minutes.',
    fra: 'Trop d’échecs de connexion depuis votre adresse. Réessayez dans {{minutes}} minutes.',
    ara: 'محاولات دخول فاشلة كثيرة من عنوانك. حاول مرة أخرى بعد {{minutes}} دقيقة.',
  },
  PMS_ATH_004: {
    eng: 'The security token of the form is missing or wrong. Reload the page.',
    fra: 'Le jeton de sécurité du formulaire est absent ou incorrect. Rechargez la page.',
    ara: 'رمز الأمان للنموذج مفقود أو خاطئ. أعد تحميل الصفحة.',
  },
  PMS_ATH_005: {
    eng: 'The password must have at least {{min}} characters and mix letters with digits or symbols.',
    fra: 'Le mot de passe doit contenir au moins {{min}} caractères et mêler lettres et chiffres ou symboles.',
    ara: 'يجب أن تتكون كلمة المرور من {{min}} أحرف على الأقل وأن تمزج الحروف بالأرقام أو الرموز.',
  },
  PMS_ATH_006: {
    eng: 'The current password is wrong.',
    fra: 'Le mot de passe actuel est incorrect.',
    ara: 'كلمة المرور الحالية غير صحيحة.',
  },
  PMS_ATH_007: {
    eng: 'This link is invalid, already used or expired. Ask for a new one.',
    fra: 'Ce lien est invalide, déjà utilisé ou expiré. Demandez-en un nouveau.',
    ara: 'هذا الرابط غير صالح أو مستخدم أو منتهي الصلاحية. اطلب رابطًا جديدًا.',
  },
  PMS_ATH_008: {
    eng: 'Wrong client id or secret key.',
    fra: 'Identifiant client ou clé secrète incorrects.',
    ara: 'معرّف العميل أو المفتاح السري غير صحيح.',
  },
  PMS_ATH_009: {
    eng: 'This account is disabled.',
    fra: 'Ce compte est désactivé.',
    ara: 'هذا الحساب معطل.',
  },
  PMS_ATH_010: {
    eng: 'Verify your e-mail address first: follow the link we sent you.',
    fra: 'Vérifiez d’abord votre adresse e-mail : suivez le lien que nous vous avons envoyé.',
    ara: 'تحقق من بريدك الإلكتروني أولاً: اتبع الرابط الذي أرسلناه إليك.',
  },
  PMS_USR_001: {
    eng: 'The username {{userName}} is already taken.',
    fra: 'Le nom d’utilisateur {{userName}} est déjà pris.',
    ara: 'اسم المستخدم {{userName}} مستخدم بالفعل.',
  },
  PMS_USR_002: {
    eng: 'The e-mail address {{email}} is already used.',
    fra: 'L’adresse e-mail {{email}} est déjà utilisée.',
    ara: 'عنوان البريد الإلكتروني {{email}} مستخدم بالفعل.',
  },
  PMS_USR_003: {
    eng: 'User not found.',
    fra: 'Utilisateur introuvable.',
    ara: 'المستخدم غير موجود.',
  },
  PMS_USR_004: {
    eng: 'Service account not found.',
    fra: 'Compte de service introuvable.',
    ara: 'حساب الخدمة غير موجود.',
  },
  PMS_USR_005: {
    eng: 'You cannot disable your own account.',
    fra: 'Vous ne pouvez pas désactiver votre propre compte.',
    ara: 'لا يمكنك تعطيل حسابك الخاص.',
  },
  PMS_USR_006: {
    eng: 'You cannot remove the PARTNER_ADMIN role from your own account.',
    fra: 'Vous ne pouvez pas retirer le rôle PARTNER_ADMIN de votre propre compte.',
    ara: 'لا يمكنك إزالة دور PARTNER_ADMIN من حسابك الخاص.',
  },
  PMS_USR_007: {
    eng: 'The role {{role}} cannot be given to this kind of account.',
    fra: 'Le rôle {{role}} ne peut pas être attribué à ce type de compte.',
    ara: 'لا يمكن منح الدور {{role}} لهذا النوع من الحسابات.',
  },
  PMS_USR_008: {
    eng: 'This account has no password or e-mail address to reset. Rotate a service account’s secret instead.',
    fra: 'Ce compte n’a ni mot de passe ni adresse e-mail à réinitialiser. Pour un compte de service, renouvelez sa clé secrète.',
    ara: 'لا يملك هذا الحساب كلمة مرور أو بريدًا إلكترونيًا لإعادة تعيينه. لحساب الخدمة، جدّد مفتاحه السري بدلاً من ذلك.',
  },
};
