import type { EnvelopeError } from '@pms/contracts';

/**
 * The one way the portal talks to the API: cookies for the session, the CSRF header on writes, the
 * chosen language in Accept-Language, the MOSIP envelope on both sides, and a typed ApiError on failure.
 */

/** Failure of an API call. `errors` carries every server error (field-level ones included). */
export class ApiError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly field: string | undefined;
  readonly errors: EnvelopeError[];

  constructor(status: number, errors: EnvelopeError[]) {
    const first = errors[0];
    super(first?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.errorCode = first?.errorCode ?? (status === 0 ? 'NETWORK' : 'UNEXPECTED');
    this.field = first?.field;
    this.errors = errors;
  }

  /** True when the browser never got an answer (offline, server down). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

let acceptLanguage = 'en';
/** Called by the i18n layer whenever the language changes. */
export function setApiLanguage(tag: string): void {
  acceptLanguage = tag;
}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();
const activityListeners = new Set<Listener>();

/** Notified on any 401 of a call that did not opt out (the session is gone). */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Notified after each authenticated call the server answered: the server slid the idle timeout. */
export function onApiActivity(listener: Listener): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** The inner request; wrapped in the MOSIP envelope. */
  body?: unknown;
  /** Do not treat a 401 as "session ended" (sign-in, public pages). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface Envelope<T> {
  response?: T | null;
  errors?: EnvelopeError[] | null;
}

/** Calls the API and answers the envelope's `response`; throws ApiError on any failure. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': acceptLanguage,
  };
  let body: string | undefined;
  if (method !== 'GET') {
    const csrf = readCookie('XSRF-TOKEN');
    if (csrf) headers['X-XSRF-TOKEN'] = csrf;
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify({
      id: '',
      version: '1.0',
      requesttime: new Date().toISOString(),
      request: options.body ?? {},
    });
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, []);
  }
  let payload: Envelope<T> | undefined;
  try {
    payload = (await res.json()) as Envelope<T>;
  } catch {
    payload = undefined;
  }
  const errors = payload?.errors ?? [];
  if (!res.ok || errors.length > 0) {
    if (res.status === 401 && !options.allowUnauthorized) {
      for (const listener of unauthorizedListeners) listener();
    }
    throw new ApiError(res.ok ? 400 : res.status, errors);
  }
  for (const listener of activityListeners) listener();
  return (payload?.response ?? null) as T;
}
