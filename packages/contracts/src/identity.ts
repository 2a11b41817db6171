import { z } from 'zod';
import { roleSchema } from './roles.ts';

export const languageSchema = z.enum(['eng', 'fra', 'ara']);
export type LanguageCode = z.infer<typeof languageSchema>;

/** Shared limits used by the forms, the API and the database. */
export const limits = {
  username: 64,
  email: 254,
  name: 128,
  phone: 32,
  organisation: 128,
  passwordMin: 12,
  passwordMax: 128,
  clientId: 64,
} as const;

export const usernameSchema = z
  .string()
  .min(3)
  .max(limits.username)
  .regex(/^[A-Za-z0-9._@-]+$/, 'letters, digits and . _ @ - only');

export const passwordLoginRequestSchema = z.strictObject({
  userName: z.string().min(1).max(limits.username),
  password: z.string().min(1).max(limits.passwordMax),
  appId: z.string().max(64).optional(),
});

export const clientSecretLoginRequestSchema = z.strictObject({
  clientId: z.string().min(1).max(limits.clientId),
  secretKey: z.string().min(1).max(256),
  appId: z.string().max(64).optional(),
});

export const loginResponseSchema = z.object({
  status: z.literal('success'),
  message: z.string(),
  token: z.string().optional(),
  csrfToken: z.string().optional(),
  expiresAt: z.string(),
});

/** Answer of validateToken: MOSIP's MosipUserDto fields plus ours. */
export const currentUserSchema = z.object({
  userId: z.string(),
  name: z.string(),
  mail: z.string(),
  mobile: z.string().nullable(),
  role: z.string(),
  roles: z.array(roleSchema),
  langCode: languageSchema,
  organizationName: z.string().nullable(),
  kind: z.enum(['user', 'service']),
  sessionExpiresAt: z.string(),
  idleExpiresAt: z.string(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const passwordSchema = z.string().min(limits.passwordMin).max(limits.passwordMax);
