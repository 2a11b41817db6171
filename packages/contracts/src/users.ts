import { z } from 'zod';
import { languageSchema, limits, usernameSchema } from './identity.ts';
import { pageSchema, pagingQuerySchema } from './paging.ts';
import { roleSchema } from './roles.ts';

/**
 * Passwords in requests: only the length cap here. The strength rule (length, character classes, not the
 * username) is checked by the API so that a weak password always answers PMS_ATH_005.
 */
const passwordInput = z.string().min(1).max(limits.passwordMax);
/** Mailed tokens: 32 random bytes in base64url (43 characters); anything much longer is refused. */
const tokenInput = z.string().min(1).max(128);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ---------------------------------------------------------------------------------------------------------
// Self-service (any signed-in user)

/** `PUT /v1/authmanager/users/me/password`. */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: passwordInput,
  newPassword: passwordInput,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** `PATCH /v1/authmanager/users/me`: only the given fields change; `null` clears an optional one. */
export const updateProfileRequestSchema = z.strictObject({
  firstName: optionalText(limits.name),
  lastName: optionalText(limits.name),
  phone: optionalText(limits.phone),
  /** The portal language the user chose; also the language of the mails they receive. */
  locale: languageSchema.optional(),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

/** The signed-in user's own profile. */
export const profileSchema = z.object({
  userId: z.string(),
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  phone: z.string().nullable(),
  locale: languageSchema,
  organizationName: z.string().nullable(),
  roles: z.array(roleSchema),
  emailVerified: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;

// ---------------------------------------------------------------------------------------------------------
// Forgot / reset password and e-mail verification (public)

/**
 * `POST /v1/authmanager/password/forgot`: the username or the e-mail address (either field; a `userName`
 * containing `@` is also looked up as an e-mail address). The answer is the same whether or not it exists.
 */
export const forgotPasswordRequestSchema = z.strictObject({
  userName: z.string().trim().min(1).max(limits.email).optional(),
  email: z.string().trim().min(1).max(limits.email).optional(),
});
export type ForgotPasswordRequest = z.infer<typeof forgotPasswordRequestSchema>;

/** `POST /v1/authmanager/password/reset`. */
export const resetPasswordRequestSchema = z.strictObject({
  token: tokenInput,
  newPassword: passwordInput,
});
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

/** `POST /v1/authmanager/email/verify`. */
export const verifyEmailRequestSchema = z.strictObject({ token: tokenInput });
export type VerifyEmailRequest = z.infer<typeof verifyEmailRequestSchema>;

/** Answer of the self-service and public account endpoints that return nothing else. */
export const accountStatusMessageSchema = z.object({ status: z.literal('success'), message: z.string() });
export type AccountStatusMessage = z.infer<typeof accountStatusMessageSchema>;

// ---------------------------------------------------------------------------------------------------------
// Admin user management (PARTNER_ADMIN)

export const accountStatusSchema = z.enum(['enabled', 'disabled']);
export type AccountStatus = z.infer<typeof accountStatusSchema>;
export const accountKindSchema = z.enum(['user', 'service']);

/**
 * `POST /v1/partnermanager/users`: MOSIP's body (`UserRegistrationRequestDto`). Without `userPassword` the
 * user is mailed a link to set one. `langCode` (ours) is the user's language; default the admin's.
 */
export const createUserRequestSchema = z.strictObject({
  userName: usernameSchema,
  emailID: z.email().max(limits.email),
  contactNo: optionalText(limits.phone),
  firstName: optionalText(limits.name),
  lastName: optionalText(limits.name),
  organizationName: optionalText(limits.organisation),
  role: roleSchema,
  /** Ours: further roles granted with `role`, in the same transaction. */
  additionalRoles: z.array(roleSchema).max(32).optional(),
  userPassword: passwordInput.optional(),
  langCode: languageSchema.optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** A user as the admin sees it. Never carries a hash, a token or a secret. */
export const userSchema = z.object({
  id: z.string(),
  /** MOSIP's `userId`: the username. */
  userId: z.string(),
  userName: z.string(),
  emailID: z.string().nullable(),
  contactNo: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  organizationName: z.string().nullable(),
  /** Comma-separated roles, as MOSIP's MosipUserDto spells them. */
  role: z.string(),
  roles: z.array(roleSchema),
  langCode: languageSchema,
  kind: accountKindSchema,
  status: accountStatusSchema,
  emailVerified: z.boolean(),
  /** Locked after too many failed sign-ins (until `lockedUntil`). */
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
export const userPageSchema = pageSchema(userSchema);

export const userSortFields = [
  'userName',
  'emailID',
  'firstName',
  'lastName',
  'organizationName',
  'createdAt',
  'updatedAt',
  'lastLoginAt',
] as const;
export type UserSortField = (typeof userSortFields)[number];

/** `GET /v1/partnermanager/users`: MOSIP paging plus filters (text filters match anywhere, any case). */
export const userListQuerySchema = pagingQuerySchema.extend({
  userName: z.string().max(limits.username).optional(),
  email: z.string().max(limits.email).optional(),
  role: roleSchema.optional(),
  organizationName: z.string().max(limits.organisation).optional(),
  status: accountStatusSchema.optional(),
  kind: accountKindSchema.optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const accountReasonSchema = z.string().trim().min(1).max(512);

/**
 * `PATCH /v1/partnermanager/users/{id}`: enable or disable (a reason is required to disable) and/or replace
 * the roles. Disabling ends the user's sessions; an admin cannot disable themselves.
 */
export const updateUserRequestSchema = z
  .strictObject({
    status: accountStatusSchema.optional(),
    reason: accountReasonSchema.optional(),
    roles: z.array(roleSchema).min(1).max(32).optional(),
  })
  .superRefine((value, issue) => {
    if (value.status === undefined && value.roles === undefined) {
      issue.addIssue({ code: 'custom', path: ['status'], message: 'give status or roles' });
    }
    if (value.status === 'disabled' && !value.reason) {
      issue.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is required to disable' });
    }
  });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

/** Answer of an admin-triggered password reset: where the link was sent (the link itself never). */
export const passwordResetSentSchema = z.object({
  status: z.literal('success'),
  message: z.string(),
  emailID: z.string(),
});

// ---------------------------------------------------------------------------------------------------------
// Service accounts (PARTNER_ADMIN)

export const serviceClientIdSchema = z
  .string()
  .min(3)
  .max(limits.clientId)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits and . _ - only');

/** `POST /v1/partnermanager/service-accounts`. Roles: service roles and PMS admin roles. */
export const createServiceAccountRequestSchema = z.strictObject({
  clientId: serviceClientIdSchema,
  name: z.string().trim().min(1).max(limits.name),
  roles: z.array(roleSchema).min(1).max(32),
});
export type CreateServiceAccountRequest = z.infer<typeof createServiceAccountRequestSchema>;

export const serviceAccountSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  name: z.string().nullable(),
  roles: z.array(roleSchema),
  status: accountStatusSchema,
  lastLoginAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceAccount = z.infer<typeof serviceAccountSchema>;
export const serviceAccountPageSchema = pageSchema(serviceAccountSchema);

/** Creation and rotation answer: the secret key is shown this once and stored only as a hash. */
export const serviceAccountWithSecretSchema = serviceAccountSchema.extend({ secretKey: z.string() });
export type ServiceAccountWithSecret = z.infer<typeof serviceAccountWithSecretSchema>;

export const serviceAccountSortFields = [
  'clientId',
  'name',
  'createdAt',
  'updatedAt',
  'lastLoginAt',
] as const;

export const serviceAccountListQuerySchema = pagingQuerySchema.extend({
  clientId: z.string().max(limits.clientId).optional(),
  name: z.string().max(limits.name).optional(),
  status: accountStatusSchema.optional(),
});
export type ServiceAccountListQuery = z.infer<typeof serviceAccountListQuerySchema>;

/** `PATCH /v1/partnermanager/service-accounts/{id}`: enable/disable (reason required to disable), roles. */
export const updateServiceAccountRequestSchema = updateUserRequestSchema;
export type UpdateServiceAccountRequest = UpdateUserRequest;

export const accountIdParamsSchema = z.object({ id: z.uuid() });
