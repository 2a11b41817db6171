import { type EnvelopeError, type ErrorCode, errorRegistry } from '@pms/contracts';
import { errorMessage, type Language, languageFromAcceptLanguage, validationIssueText } from '@pms/phrases';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { envelopeOf } from '../http/route.ts';
import { AppError, type Problem } from './app-error.ts';
import { mapDatabaseError } from './db-errors.ts';

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** `/request/contacts/0/email` → `request.contacts.0.email`; the envelope's own fields keep their names. */
function fieldPath(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  if (context === 'body' || !context) return path || 'request';
  return path ? `${context}.${path}` : context;
}

function validationProblems(
  error: FastifyError & { validation: ValidationItem[] },
  lang: Language,
): EnvelopeError[] {
  return error.validation.map((item) => {
    const field = fieldPath(error.validationContext, item.instancePath);
    // A missing or non-object `request` is MOSIP's "request body is invalid".
    if (field === 'request' && error.validationContext === 'body' && item.keyword === 'invalid_type') {
      return {
        errorCode: 'PMS_REQUEST_ERROR_005',
        message: errorMessage('PMS_REQUEST_ERROR_005', lang),
        field,
      };
    }
    const issue = validationIssueText(item, lang);
    return { errorCode: 'PMS_COR_001', message: errorMessage('PMS_COR_001', lang, { issue, field }), field };
  });
}

function render(problem: Problem, lang: Language): EnvelopeError {
  const out: EnvelopeError = {
    errorCode: problem.code,
    message: errorMessage(problem.code, lang, problem.params),
  };
  if (problem.field) out.field = problem.field;
  return out;
}

/** Fastify's own error codes that mean bad input. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'PMS_COR_002',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'PMS_COR_002',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'PMS_COR_002',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'PMS_COR_415',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PMS_COR_413',
};

function statusOf(errors: EnvelopeError[]): number {
  const first = errors[0]?.errorCode;
  return first && first in errorRegistry ? errorRegistry[first as ErrorCode].status : 400;
}

function send(request: FastifyRequest, reply: FastifyReply, status: number, errors: EnvelopeError[]) {
  const kind = request.routeOptions.config?.envelope ?? 'v1';
  const body = {
    ...envelopeOf(kind === 'none' ? 'v1' : kind, request.routeOptions.config?.apiId, null),
    errors,
  };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Turns every error into the MOSIP envelope with the real HTTP status and messages in the caller's language. */
export function registerErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = request.ctx?.lang ?? languageFromAcceptLanguage(request.headers['accept-language']);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = validationProblems(error as FastifyError & { validation: ValidationItem[] }, lang);
      return send(request, reply, 400, errors);
    }
    const appError = error instanceof AppError ? error : mapDatabaseError(error);
    if (appError) {
      const errors = appError.problems.map((p) => render(p, lang));
      if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      return send(request, reply, appError.status, errors);
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) {
      const params = { contentType: request.headers['content-type'] ?? '', limit: bodyLimit };
      return send(request, reply, errorRegistry[known].status, [render({ code: known, params }, lang)]);
    }
    if (error.statusCode === 429) {
      return send(request, reply, 429, [render({ code: 'PMS_COR_429', params: { retryAfter: 60 } }, lang)]);
    }
    request.log.error({ err: error }, 'unexpected error');
    const errors = [render({ code: 'PMS_COR_500', params: { requestId: request.id } }, lang)];
    return send(request, reply, statusOf(errors), errors);
  });

  app.setNotFoundHandler((request, reply) => {
    const lang = request.ctx?.lang ?? languageFromAcceptLanguage(request.headers['accept-language']);
    const params = { method: request.method, url: request.url.split('?')[0] };
    return send(request, reply, 404, [render({ code: 'PMS_COR_404', params }, lang)]);
  });
}
