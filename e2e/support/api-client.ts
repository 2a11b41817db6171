import type { CreateUserRequest, MailSummary, Page, Role, User } from '@pms/contracts';
import { adminPassword, adminUser, baseUrl } from './env.ts';

interface Envelope<T> {
  response: T | null;
  errors: { errorCode: string; message: string }[];
}

/**
 * Test setup goes through the REST API, not the UI (Keycloak admin-ui style). Signs in with a bearer
 * token, so no cookie or CSRF handling is needed.
 */
export class ApiClient {
  private constructor(private readonly token: string) {}

  static async signIn(userName = adminUser, password = adminPassword): Promise<ApiClient> {
    const res = await fetch(`${baseUrl}/v1/authmanager/authenticate/useridPwd`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ request: { userName, password } }),
    });
    const body = (await res.json()) as Envelope<{ token?: string }>;
    const token = body.response?.token ?? res.headers.get('authorization');
    if (!res.ok || !token) throw new Error(`sign-in as ${userName} failed: ${JSON.stringify(body.errors)}`);
    return new ApiClient(token);
  }

  async call<T>(method: string, path: string, request?: unknown): Promise<T> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        'Accept-Language': 'en',
        ...(request === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: request === undefined ? undefined : JSON.stringify({ request }),
    });
    const body = (await res.json()) as Envelope<T>;
    if (!res.ok || body.errors?.length) {
      throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(body.errors)}`);
    }
    return body.response as T;
  }

  createUser(request: CreateUserRequest): Promise<User> {
    return this.call<User>('POST', '/v1/partnermanager/users', request);
  }

  mails(to: string): Promise<Page<MailSummary>> {
    return this.call('GET', `/v1/partnermanager/mailbox?to=${encodeURIComponent(to)}&pageNo=0&pageSize=50`);
  }
}

/** Public "forgot password" call: queues a reset mail for the account (used to have a mail to show). */
export async function requestPasswordReset(userName: string): Promise<void> {
  const res = await fetch(`${baseUrl}/v1/authmanager/password/forgot`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ request: { userName } }),
  });
  if (!res.ok) throw new Error(`forgot password for ${userName} → ${res.status}`);
}

let counter = 0;
/** A unique name per call (specs share one server). */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

export interface SeededUser {
  userName: string;
  password: string;
  email: string;
  firstName: string;
  lastName: string;
  organizationName: string;
  role: Role;
}

/** Creates a user with a known password through the admin API. */
export async function seedUser(
  overrides: Partial<Omit<SeededUser, 'userName'>> & { prefix?: string; consent?: boolean } = {},
): Promise<SeededUser> {
  const admin = await ApiClient.signIn();
  const userName = uniqueName(overrides.prefix ?? 'partner');
  const user: SeededUser = {
    userName,
    password: overrides.password ?? 'Partner-Password-9876',
    email: overrides.email ?? `${userName}@example.org`,
    firstName: overrides.firstName ?? 'Amina',
    lastName: overrides.lastName ?? 'Diallo',
    organizationName: overrides.organizationName ?? 'Acme Identity',
    role: overrides.role ?? 'AUTH_PARTNER',
  };
  await admin.createUser({
    userName: user.userName,
    emailID: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    organizationName: user.organizationName,
    role: user.role,
    userPassword: user.password,
    langCode: 'eng',
  });
  // Partner users accept the terms once before using the portal; seeded users have done so unless asked.
  if (overrides.consent !== false && user.role !== 'PARTNER_ADMIN') {
    const self = await ApiClient.signIn(user.userName, user.password);
    await self.call('POST', '/v1/partnermanager/users/user-consent', {});
  }
  return user;
}
