import type { Role } from '@pms/contracts';
import type { Language } from '@pms/phrases';

/** Who is calling: a signed-in user or a service account, as resolved from the session token. */
export interface Actor {
  userId: string;
  username: string;
  roles: Role[];
  kind: 'user' | 'service';
  sessionId: string;
  /** How the token arrived: cookie-authenticated writes need the CSRF header, bearer calls do not. */
  via: 'cookie' | 'bearer';
}

/** Per-request facts that services need for audit and messages. */
export interface RequestContext {
  requestId: string;
  address: string;
  lang: Language;
  actor: Actor | undefined;
}

/** The context of a route that requires authentication: the actor is always there. */
export type AuthedContext = RequestContext & { actor: Actor };

export function hasRole(actor: Actor | undefined, ...roles: readonly Role[]): boolean {
  return !!actor && actor.roles.some((r) => roles.includes(r));
}

export function isAdmin(actor: Actor | undefined): boolean {
  return hasRole(actor, 'PARTNER_ADMIN');
}
