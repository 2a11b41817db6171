import {
  type AdminPartnersQuery,
  adminPartnerSortFields,
  type LanguageCode,
  PARTNER_EMAIL_REGEX,
  type PartnerRegistrationV2,
  type PartnerSignup,
  type PartnerTypeSearch,
  type PolicyRequestsQuery,
  partnerLimits,
  policyRequestSortFields,
  policyTypesOfPartnerType,
  type Role,
} from '@pms/contracts';
import { type Language, partnerMails, renderMail } from '@pms/phrases';
import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError, assertThat, type Problem } from '../../platform/errors/app-error.ts';
import {
  type Actor,
  type AuthedContext,
  hasRole,
  isAdmin,
  type RequestContext,
} from '../../platform/http/context.ts';
import { parsePaging, toPage } from '../../platform/http/paging.ts';
import { publishEvent, queueMail } from '../../platform/outbox/outbox.ts';
import { createUserAccount, issueEmailVerification } from '../identity/email-verification.ts';
import { findUserById } from '../identity/identity.repo.ts';
import {
  partnerAuditView,
  presentAdminPartner,
  presentAdminPartnerDetail,
  presentPolicyRequest,
} from './partner.presenter.ts';
import type { PartnerRow, PartnerTypeRow } from './partner.repo.ts';
import * as repo from './partner.repo.ts';
import { checkChallenge, issueChallenge, signupSettings } from './signup-challenge.ts';

const SUPPORTED_LANGUAGES: readonly LanguageCode[] = ['eng', 'fra', 'ara'];

/** Service roles that may read any partner (other MOSIP systems). */
const SYSTEM_READERS: readonly Role[] = [
  'ID_AUTHENTICATION',
  'REGISTRATION_PROCESSOR',
  'RESIDENT',
  'CREDENTIAL_ISSUANCE',
  'ID_REPOSITORY',
  'CREATE_SHARE',
];

function asLanguage(code: string | null | undefined): Language {
  return code === 'fra' || code === 'ara' ? code : 'eng';
}

// ---------------------------------------------------------------------------------------------------------
// Ownership

/**
 * The partner as the actor may see it: admins see every partner; other MOSIP systems (service roles) when
 * `systemsMaySee`; a partner user only its own partners. Anything else answers the not-found code, so a
 * partner cannot learn whether another partner id exists.
 * @throws `notFound` (PMS_PRT_005 by default, 404).
 */
export async function getPartnerForActor(
  db: Db,
  partnerId: string,
  actor: Actor,
  options: { systemsMaySee?: boolean; notFound?: 'PMS_PRT_005' | 'PMS_PMP_005'; forUpdate?: boolean } = {},
): Promise<PartnerRow> {
  const partner = await repo.findPartner(db, partnerId, options.forUpdate);
  const visible =
    !!partner &&
    (isAdmin(actor) ||
      partner.userId === actor.userId ||
      (!!options.systemsMaySee && hasRole(actor, ...SYSTEM_READERS)));
  if (!partner || !visible) throw new AppError(options.notFound ?? 'PMS_PRT_005', { partnerId }, 'partnerId');
  return partner;
}

/**
 * Like getPartnerForActor, and the partner must be active: what an inactive (not yet approved, or
 * deactivated) partner may not do — request policies, create keys, devices, clients — uses this.
 * @throws PMS_PRT_005 (404), PMS_PMP_016 inactive (409).
 */
export async function getActivePartnerForActor(
  db: Db,
  partnerId: string,
  actor: Actor,
  options: { forUpdate?: boolean } = {},
): Promise<PartnerRow> {
  const partner = await getPartnerForActor(db, partnerId, actor, options);
  assertThat(partner.isActive, 'PMS_PMP_016');
  return partner;
}

/** Throws the not-found code unless the actor may act on the partner (see getPartnerForActor). */
export async function assertPartnerOwnedBy(db: Db, partnerId: string, actor: Actor): Promise<void> {
  await getPartnerForActor(db, partnerId, actor);
}

// ---------------------------------------------------------------------------------------------------------
// Reference data

export async function listPartnerTypes(deps: AppDeps) {
  return repo.listPartnerTypes(deps.db);
}

export async function listDeviceTypes(deps: AppDeps) {
  return repo.listDeviceTypes(deps.db);
}

export async function listDeviceSubTypes(deps: AppDeps, typeCode?: string) {
  return repo.listDeviceSubTypes(deps.db, typeCode);
}

const PARTNER_TYPE_COLUMNS = {
  code: (t: PartnerTypeRow) => t.code,
  partnerDescription: (t: PartnerTypeRow) => t.description,
  isPolicyRequired: (t: PartnerTypeRow) => String(t.isPolicyRequired),
  isActive: (t: PartnerTypeRow) => String(t.isActive),
} as const;

function partnerTypeColumn(name: string) {
  const column = PARTNER_TYPE_COLUMNS[name as keyof typeof PARTNER_TYPE_COLUMNS];
  if (!column) throw new AppError('PMS_COR_001', { issue: 'unknown column', field: name }, 'columnName');
  return column;
}

/**
 * Legacy `POST /partners/partnertype/search` (the portal fills its partner-type filter with it). The table
 * holds a dozen reference rows, so filtering and paging them in memory is fine here.
 */
export async function searchPartnerTypes(deps: AppDeps, body: PartnerTypeSearch) {
  let rows = await repo.listPartnerTypes(deps.db);
  for (const filter of body.filters) {
    const read = partnerTypeColumn(filter.columnName);
    const value = (filter.value ?? '').toLowerCase().replace(/^\*|\*$/g, '');
    const values = (filter.values ?? []).map((v) => v.toLowerCase());
    rows = rows.filter((row) => {
      const cell = read(row).toLowerCase();
      if (filter.type === 'contains') return cell.includes(value);
      if (filter.type === 'startsWith') return cell.startsWith(value);
      if (filter.type === 'in') return values.includes(cell);
      return cell === value;
    });
  }
  for (const sort of [...body.sort].reverse()) {
    const read = partnerTypeColumn(sort.sortField);
    const direction = sort.sortType.toLowerCase() === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => direction * read(a).localeCompare(read(b)));
  }
  const { pageStart, pageFetch } = body.pagination;
  const data = rows.slice(pageStart * pageFetch, pageStart * pageFetch + pageFetch);
  return {
    fromRecord: data.length ? pageStart * pageFetch + 1 : 0,
    toRecord: pageStart * pageFetch + data.length,
    totalRecord: rows.length,
    data,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Registration

interface PartnerInput {
  partnerId: string;
  organizationName: string;
  address: string;
  contactNumber: string;
  emailId: string;
  partnerType: string;
  policyGroup?: string | null;
  langCode?: string | null;
  logoUrl?: string | null;
  additionalInfo?: unknown;
}

/** Format rules of MOSIP's registration (each with its code); all problems are reported together. */
function formatProblems(input: PartnerInput): Problem[] {
  const problems: Problem[] = [];
  if (input.contactNumber.length > partnerLimits.contactNumber)
    problems.push({
      code: 'PMS_PRT_013',
      params: { max: partnerLimits.contactNumber },
      field: 'contactNumber',
    });
  if (!PARTNER_EMAIL_REGEX.test(input.emailId)) problems.push({ code: 'PMS_PRT_012', field: 'emailId' });
  if (/\s/.test(input.partnerId)) problems.push({ code: 'PMS_PRT_066', field: 'partnerId' });
  if (input.partnerId.length > partnerLimits.partnerId)
    problems.push({ code: 'PMS_PRT_052', params: { max: partnerLimits.partnerId }, field: 'partnerId' });
  if (input.langCode && !SUPPORTED_LANGUAGES.includes(input.langCode as LanguageCode))
    problems.push({ code: 'PMS_PRT_056', params: { langCode: input.langCode }, field: 'langCode' });
  if (typeof input.additionalInfo === 'string') {
    try {
      JSON.parse(input.additionalInfo);
    } catch {
      problems.push({ code: 'PMS_PRT_096', field: 'additionalInfo' });
    }
  }
  return problems;
}

function parsedAdditionalInfo(value: unknown): unknown {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/**
 * Rules that need the database: unique e-mail and id, known partner type, policy group (mandatory for types
 * that require one; must exist and be active). Returns the type and the group id to store.
 */
async function databaseChecks(
  db: Db,
  input: PartnerInput,
  problems: Problem[],
): Promise<{ type?: PartnerTypeRow; groupId: string | null }> {
  if (PARTNER_EMAIL_REGEX.test(input.emailId) && (await repo.partnerEmailTaken(db, input.emailId)))
    problems.push({ code: 'PMS_PRT_011', field: 'emailId' });
  if (!/\s/.test(input.partnerId) && (await repo.partnerIdTaken(db, input.partnerId)))
    problems.push({ code: 'PMS_PRT_051', field: 'partnerId' });
  const type = await repo.findPartnerType(db, input.partnerType);
  if (!type?.isActive) {
    problems.push({ code: 'PMS_PRT_010', field: 'partnerType' });
    return { groupId: null };
  }
  let groupId: string | null = null;
  const groupName = input.policyGroup?.trim();
  if (!groupName) {
    if (type.isPolicyRequired)
      problems.push({ code: 'PMS_PRT_108', params: { partnerType: type.code }, field: 'policyGroup' });
  } else if (type.isPolicyRequired || policyTypesOfPartnerType(type.code).length > 0) {
    const group = await repo.findPolicyGroupByName(db, groupName);
    if (!group) problems.push({ code: 'PMS_PRT_002', field: 'policyGroup' });
    else if (!group.isActive) problems.push({ code: 'PMS_PMP_023', field: 'policyGroup' });
    else groupId = group.id;
  }
  return { type, groupId };
}

async function mailPartner(
  tx: Db,
  partner: PartnerRow,
  template: keyof typeof partnerMails,
  params: Record<string, unknown>,
) {
  const lang = asLanguage(partner.langCode);
  const mail = renderMail(partnerMails[template], lang, {
    partnerId: partner.id,
    partnerName: partner.name,
    comment: '-',
    ...params,
  });
  await queueMail(tx, { to: partner.emailId, lang, template, ...mail });
}

async function insertRegisteredPartner(
  tx: Db,
  ctx: RequestContext,
  input: PartnerInput,
  owner: { id: string; username: string },
  type: PartnerTypeRow,
  groupId: string | null,
  lang: Language,
): Promise<PartnerRow> {
  const partner = await repo.insertPartner(tx, {
    id: input.partnerId,
    userId: owner.id,
    name: input.organizationName,
    address: input.address,
    contactNo: input.contactNumber,
    emailId: input.emailId,
    partnerTypeCode: type.code,
    policyGroupId: groupId,
    approvalStatus: 'InProgress',
    isActive: false,
    langCode: lang,
    logoUrl: input.logoUrl ?? null,
    additionalInfo: parsedAdditionalInfo(input.additionalInfo) ?? null,
    createdBy: ctx.actor?.username ?? owner.username,
  });
  await recordAudit(tx, ctx, {
    action: 'partner.register',
    entityType: 'partner',
    entityId: partner.id,
    after: partnerAuditView(partner),
  });
  await mailPartner(tx, partner, 'partner_registered', { status: partner.approvalStatus });
  return partner;
}

/**
 * MOSIP self-registration (`POST /partners`, `/partners/v2`) for a signed-in user created elsewhere. Checks
 * every rule of MOSIP with its code, reporting all problems at once; the chosen language is kept (MOSIP
 * overwrites it). A non-admin may only register a partner of a type whose role it holds.
 * @throws PMS_PRT_055, PMS_PRT_013, PMS_PRT_012, PMS_PRT_066, PMS_PRT_052, PMS_PRT_011, PMS_PRT_056,
 *   PMS_PRT_051, PMS_PRT_096, PMS_PRT_010, PMS_PRT_108, PMS_PRT_002, PMS_PMP_023, KER-ATH-403.
 */
export async function registerPartner(deps: AppDeps, ctx: AuthedContext, input: PartnerRegistrationV2) {
  return deps.db.transaction(async (tx) => {
    const user = await findUserById(tx, ctx.actor.userId);
    if (user?.email && (await repo.partnerEmailTaken(tx, user.email)) && !isAdmin(ctx.actor))
      throw new AppError('PMS_PRT_055');
    const problems = formatProblems(input);
    const { type, groupId } = await databaseChecks(tx, input, problems);
    if (problems.length) throw AppError.many(problems);
    if (!type) throw new AppError('PMS_PRT_010', {}, 'partnerType');
    if (!isAdmin(ctx.actor) && !(type.role && hasRole(ctx.actor, type.role as Role)))
      throw new AppError('KER-ATH-403');
    const lang = asLanguage(input.langCode ?? user?.locale);
    const partner = await insertRegisteredPartner(
      tx,
      ctx,
      input,
      { id: ctx.actor.userId, username: ctx.actor.username },
      type,
      groupId,
      lang,
    );
    return { partnerId: partner.id, status: partner.approvalStatus };
  });
}

/** `PUT /partners/email/verify`: is the address taken, and which types need a policy group. */
export async function verifyPartnerEmail(deps: AppDeps, emailId: string) {
  assertThat(PARTNER_EMAIL_REGEX.test(emailId), 'PMS_PRT_012', {}, 'emailId');
  const types = await repo.listPartnerTypes(deps.db);
  return {
    emailExists: await repo.partnerEmailTaken(deps.db, emailId),
    policyRequiredPartnerTypes: types.filter((t) => t.isPolicyRequired).map((t) => t.code.toUpperCase()),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Public sign-up

export function signupChallenge(deps: AppDeps) {
  return issueChallenge(deps.masterKey);
}

/** What the public sign-up form offers: the types open to sign-up and the active policy groups. */
export async function signupOptions(deps: AppDeps) {
  const types = await repo.listPartnerTypes(deps.db);
  const groups = await repo.activePolicyGroups(deps.db);
  return {
    partnerTypes: types
      .filter((t) => t.signupAllowed && t.isActive)
      .map((t) => ({ code: t.code, isPolicyRequired: t.isPolicyRequired })),
    policyGroups: groups,
  };
}

/**
 * Public sign-up: throttled per address (in the database), bot-checked (signed challenge, minimum fill
 * time, honeypot), then the user account (role of the partner type, e-mail unverified) and the partner
 * (InProgress, inactive) are created in one transaction with the verification mail. The user cannot sign
 * in before verifying the address.
 * @throws PMS_SGN_002 throttled, PMS_SGN_001 bot check, PMS_SGN_003 type closed to sign-up, the identity
 *   codes (PMS_USR_001/002, PMS_ATH_005) and every registration code of registerPartner.
 */
export async function signUp(deps: AppDeps, ctx: RequestContext, input: PartnerSignup, baseUrl: string) {
  const since = new Date(Date.now() - signupSettings.windowMs);
  if ((await repo.countSignupAttempts(deps.db, ctx.address, since)) >= signupSettings.maxPerAddress)
    throw new AppError('PMS_SGN_002');
  await repo.recordSignupAttempt(deps.db, newId(), ctx.address);
  if (input.website) throw new AppError('PMS_SGN_001');
  const nonce = checkChallenge(deps.masterKey, input.challenge);
  if (!nonce) throw new AppError('PMS_SGN_001', {}, 'challenge');

  const problems = formatProblems(input);
  if (problems.length) throw AppError.many(problems);
  const type = await repo.findPartnerType(deps.db, input.partnerType);
  if (!type?.isActive) throw new AppError('PMS_PRT_010', {}, 'partnerType');
  if (!type.signupAllowed || !type.role) throw new AppError('PMS_SGN_003', {}, 'partnerType');
  const lang = asLanguage(input.langCode);

  return deps.db.transaction(async (tx) => {
    if (!(await repo.spendChallengeNonce(tx, nonce))) throw new AppError('PMS_SGN_001', {}, 'challenge');
    const user = await createUserAccount(tx, deps, ctx, {
      username: input.userName,
      email: input.emailId,
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.contactNumber,
      organisation: input.organizationName,
      roles: [type.role as Role],
      locale: lang,
      password: input.password,
      emailVerified: false,
      fields: { username: 'userName', email: 'emailId', password: 'password' },
    });
    // The partner rules that need the database run after the account exists: a failure here rolls the
    // account back too, so sign-up leaves both rows or neither.
    const later: Problem[] = [];
    const { groupId } = await databaseChecks(tx, input, later);
    if (later.length) throw AppError.many(later);
    const partner = await insertRegisteredPartner(
      tx,
      ctx,
      input,
      { id: user.id, username: user.username },
      type,
      groupId,
      lang,
    );
    await issueEmailVerification(
      tx,
      deps,
      { id: user.id, email: input.emailId, locale: lang, username: user.username, firstName: user.firstName },
      baseUrl,
    );
    return {
      partnerId: partner.id,
      userName: user.username,
      status: partner.approvalStatus,
      emailVerificationSent: true,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Profile

export async function getPartnerDetails(deps: AppDeps, ctx: AuthedContext, partnerId: string) {
  const partner = await getPartnerForActor(deps.db, partnerId, ctx.actor, { systemsMaySee: true });
  const group = partner.policyGroupId ? await repo.findPolicyGroupById(deps.db, partner.policyGroupId) : null;
  return { partner, group: group ?? null };
}

/**
 * `PUT /partners/{id}` and `/v2/{id}`: address and contact (v2: logo and additional info). Fields not sent
 * keep their value (MOSIP's legacy update wipes the logo and additional info).
 * @throws PMS_PRT_005 not found or not the caller's, PMS_PRT_013, PMS_PRT_096.
 */
export async function updatePartnerProfile(
  deps: AppDeps,
  ctx: AuthedContext,
  partnerId: string,
  input: { address: string; contactNumber: string; logoUrl?: string | null; additionalInfo?: unknown },
) {
  return deps.db.transaction(async (tx) => {
    const before = await getPartnerForActor(tx, partnerId, ctx.actor, { forUpdate: true });
    const problems: Problem[] = [];
    if (input.contactNumber.length > partnerLimits.contactNumber)
      problems.push({
        code: 'PMS_PRT_013',
        params: { max: partnerLimits.contactNumber },
        field: 'contactNumber',
      });
    if (typeof input.additionalInfo === 'string') {
      try {
        JSON.parse(input.additionalInfo);
      } catch {
        problems.push({ code: 'PMS_PRT_096', field: 'additionalInfo' });
      }
    }
    if (problems.length) throw AppError.many(problems);
    const after = await repo.updatePartner(tx, before.id, {
      address: input.address,
      contactNo: input.contactNumber,
      ...(input.logoUrl !== undefined ? { logoUrl: input.logoUrl } : {}),
      ...(input.additionalInfo !== undefined
        ? { additionalInfo: parsedAdditionalInfo(input.additionalInfo) }
        : {}),
      updatedBy: ctx.actor.username,
    });
    if (!after) throw new AppError('PMS_PRT_005');
    await recordAudit(tx, ctx, {
      action: 'partner.update',
      entityType: 'partner',
      entityId: after.id,
      before: partnerAuditView(before),
      after: partnerAuditView(after),
    });
    return { partnerId: after.id, status: after.approvalStatus };
  });
}

/**
 * `POST /partners/{id}/contact/add`: updates the contact with that e-mail, else adds one (partner must be
 * active to add).
 * @throws PMS_PRT_005, PMS_PRT_012, PMS_PRT_013, PMS_PMP_016.
 */
export async function addContact(
  deps: AppDeps,
  ctx: AuthedContext,
  partnerId: string,
  input: { address: string; contactNumber: string; emailId: string; is_Active: boolean },
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const partner = await getPartnerForActor(tx, partnerId, ctx.actor);
    const problems: Problem[] = [];
    if (!PARTNER_EMAIL_REGEX.test(input.emailId)) problems.push({ code: 'PMS_PRT_012', field: 'emailId' });
    if (input.contactNumber.length > partnerLimits.contactNumber)
      problems.push({
        code: 'PMS_PRT_013',
        params: { max: partnerLimits.contactNumber },
        field: 'contactNumber',
      });
    if (problems.length) throw AppError.many(problems);
    const existing = await repo.findContactByEmail(tx, partner.id, input.emailId);
    const values = {
      address: input.address,
      contactNo: input.contactNumber,
      emailId: input.emailId,
      isActive: input.is_Active,
    };
    if (existing) {
      const after = await repo.updateContact(tx, existing.id, { ...values, updatedBy: ctx.actor.username });
      await recordAudit(tx, ctx, {
        action: 'partner.contact_update',
        entityType: 'partner',
        entityId: partner.id,
        before: existing,
        after,
      });
      return 'Contacts details updated successfully.';
    }
    assertThat(partner.isActive, 'PMS_PMP_016');
    const row = await repo.insertContact(tx, {
      id: newId(),
      partnerId: partner.id,
      ...values,
      createdBy: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: 'partner.contact_add',
      entityType: 'partner',
      entityId: partner.id,
      after: row,
    });
    return 'Contacts details added successfully.';
  });
}

/**
 * `PUT /partners/{id}/policygroup/{name}`: only while the partner is inactive, only for types that use
 * policies; the group must exist and be active.
 * @throws PMS_PRT_005, PMS_PRT_050, PMS_PRT_048, PMS_PRT_002, PMS_PMP_023.
 */
export async function mapPolicyGroup(
  deps: AppDeps,
  ctx: AuthedContext,
  partnerId: string,
  groupName: string,
) {
  return deps.db.transaction(async (tx) => {
    const partner = await getPartnerForActor(tx, partnerId, ctx.actor, { forUpdate: true });
    assertThat(!partner.isActive, 'PMS_PRT_050');
    const type = await repo.findPartnerType(tx, partner.partnerTypeCode);
    assertThat(
      type?.isPolicyRequired || policyTypesOfPartnerType(partner.partnerTypeCode).length > 0,
      'PMS_PRT_048',
    );
    const group = await repo.findPolicyGroupByName(tx, groupName);
    assertThat(group, 'PMS_PRT_002', {}, 'policygroupName');
    assertThat(group.isActive, 'PMS_PMP_023', {}, 'policygroupName');
    const after = await repo.updatePartner(tx, partner.id, {
      policyGroupId: group.id,
      updatedBy: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: 'partner.policy_group_map',
      entityType: 'partner',
      entityId: partner.id,
      before: { policyGroupId: partner.policyGroupId },
      after: { policyGroupId: after?.policyGroupId, policyGroupName: group.name },
    });
    return 'Success';
  });
}

/** `GET /partners/v3`: the caller's partners with that approval status (and type), optionally with group. */
export async function listOwnPartners(
  deps: AppDeps,
  ctx: AuthedContext,
  query: { status: string; policyGroupAvailable?: 'true' | 'false'; partnerType?: string },
) {
  const rows = await repo.partnersOfUser(deps.db, ctx.actor.userId);
  const withGroup = query.policyGroupAvailable === 'true';
  return rows
    .filter(({ partner }) => partner.approvalStatus === query.status)
    .filter(
      ({ partner }) =>
        !query.partnerType || partner.partnerTypeCode.toLowerCase() === query.partnerType.toLowerCase(),
    )
    .filter(({ group }) => !withGroup || group)
    .map(({ partner, group }) => ({
      partnerId: partner.id,
      partnerType: partner.partnerTypeCode,
      ...(withGroup
        ? {
            policyGroupId: group?.id ?? null,
            policyGroupName: group?.name ?? null,
            policyGroupDescription: group?.description ?? null,
          }
        : {}),
    }));
}

// ---------------------------------------------------------------------------------------------------------
// Consent

export async function getConsent(deps: AppDeps, ctx: AuthedContext) {
  const row = await repo.findConsent(deps.db, ctx.actor.userId);
  return {
    userId: ctx.actor.username,
    consentGiven: !!row?.consentGiven,
    consentGivenDateTime: row?.consentGivenAt?.toISOString() ?? null,
  };
}

export async function giveConsent(deps: AppDeps, ctx: AuthedContext) {
  return deps.db.transaction(async (tx) => {
    const row = await repo.upsertConsent(tx, newId(), ctx.actor.userId, new Date());
    await recordAudit(tx, ctx, {
      action: 'user.consent',
      entityType: 'user',
      entityId: ctx.actor.userId,
      after: { consentGiven: true },
    });
    return {
      userId: ctx.actor.username,
      consentGiven: true,
      consentGivenDateTime: row?.consentGivenAt?.toISOString() ?? new Date().toISOString(),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Partner admin

export async function searchAdminPartners(deps: AppDeps, query: AdminPartnersQuery) {
  const paging = parsePaging(query, adminPartnerSortFields, 8);
  const { rows, total } = await repo.searchPartners(deps.db, query, paging);
  return toPage(
    paging,
    total,
    rows.map((r) => presentAdminPartner(r.partner, r.groupName)),
  );
}

export async function getAdminPartner(deps: AppDeps, partnerId: string) {
  const row = await repo.partnerWithGroup(deps.db, partnerId);
  if (!row) throw new AppError('PMS_PRT_005', { partnerId }, 'partnerId');
  return presentAdminPartnerDetail(row.partner, row.group, row.user, null);
}

/**
 * Work other modules add to a partner's deactivation, in the same transaction (e.g. the MISP module
 * deactivates the partner's licences). Register at module load.
 */
export const partnerDeactivationCascades: ((
  tx: Db,
  ctx: RequestContext,
  partner: PartnerRow,
) => Promise<void>)[] = [];

async function publishPartnerUpdated(
  tx: Db,
  deps: AppDeps,
  partner: PartnerRow,
  certificateData: string | null = null,
) {
  await publishEvent(tx, deps.outbox, {
    topic: 'PARTNER_UPDATED',
    entityType: 'partner',
    entityId: partner.id,
    data: {
      partnerData: {
        partnerId: partner.id,
        partnerName: partner.name,
        certificateData,
        partnerStatus: partner.isActive ? 'ACTIVE' : 'DEACTIVE',
      },
    },
  });
}

/**
 * Approves and activates an InProgress partner (the certificates module calls this in its transaction when
 * the partner's first certificate is accepted). A partner an admin deactivated stays inactive; an already
 * active partner is left as it is. Writes the audit event, PARTNER_UPDATED and the status mail.
 * @returns whether the partner changed.
 */
export async function activatePartner(
  tx: Db,
  deps: AppDeps,
  ctx: RequestContext,
  partnerId: string,
  certificate?: {
    alias: string;
    uploadedAt?: Date /** PMS-signed PEM, carried by PARTNER_UPDATED. */;
    certificateData?: string;
  },
): Promise<boolean> {
  const before = await repo.findPartner(tx, partnerId, true);
  if (!before) throw new AppError('PMS_PRT_005', { partnerId });
  if (certificate)
    await repo.updatePartner(tx, partnerId, {
      certificateAlias: certificate.alias,
      certificateUploadedAt: certificate.uploadedAt ?? new Date(),
    });
  if (before.approvalStatus !== 'InProgress') return false;
  const after = await repo.updatePartner(tx, partnerId, {
    approvalStatus: 'approved',
    isActive: true,
    updatedBy: ctx.actor?.username ?? 'system',
  });
  if (!after) return false;
  await recordAudit(tx, ctx, {
    action: 'partner.activate',
    entityType: 'partner',
    entityId: partnerId,
    before: partnerAuditView(before),
    after: partnerAuditView(after),
    reason: 'first certificate accepted',
  });
  await publishPartnerUpdated(tx, deps, after, certificate?.certificateData ?? null);
  await mailPartner(tx, after, 'partner_activated', {});
  return true;
}

/**
 * `PATCH /partners/{id}` `{status: Active|De-Active, reason}` by an admin. Unlike MOSIP, a deactivated
 * partner can be re-activated; activation needs an accepted certificate. The reason goes to the audit event
 * and the mail; deactivation runs the registered cascades.
 * @throws PMS_PM_058 bad status, PMS_PMP_005 not found, PMS_PM_063 already inactive, PMS_PM_065 already
 *   active, PMS_PMP_052 no certificate.
 */
export async function changePartnerStatus(
  deps: AppDeps,
  ctx: AuthedContext,
  partnerId: string,
  input: { status: string; reason?: string },
) {
  const wanted = input.status.toLowerCase();
  assertThat(wanted === 'active' || wanted === 'de-active', 'PMS_PM_058', {}, 'status');
  return deps.db.transaction(async (tx) => {
    const before = await getPartnerForActor(tx, partnerId, ctx.actor, {
      notFound: 'PMS_PMP_005',
      forUpdate: true,
    });
    const activate = wanted === 'active';
    if (activate) {
      assertThat(!before.isActive, 'PMS_PM_065');
      assertThat(before.certificateAlias, 'PMS_PMP_052');
    } else {
      assertThat(before.isActive, 'PMS_PM_063');
    }
    const after = await repo.updatePartner(tx, before.id, {
      isActive: activate,
      ...(activate ? { approvalStatus: 'approved' } : {}),
      updatedBy: ctx.actor.username,
    });
    if (!after) throw new AppError('PMS_PMP_005');
    if (!activate) for (const cascade of partnerDeactivationCascades) await cascade(tx, ctx, after);
    await recordAudit(tx, ctx, {
      action: activate ? 'partner.activate' : 'partner.deactivate',
      entityType: 'partner',
      entityId: after.id,
      before: { isActive: before.isActive, approvalStatus: before.approvalStatus },
      after: { isActive: after.isActive, approvalStatus: after.approvalStatus },
      reason: input.reason ?? null,
    });
    await publishPartnerUpdated(tx, deps, after);
    await mailPartner(tx, after, activate ? 'partner_activated' : 'partner_deactivated', {
      comment: input.reason || '-',
    });
    return { message: activate ? 'Partner activated successfully' : 'Partner de-activated successfully' };
  });
}

/** Legacy lists for other systems. */
export async function listAllPartners(deps: AppDeps, partnerType?: string) {
  return repo.allPartners(deps.db, partnerType);
}

// ---------------------------------------------------------------------------------------------------------
// Policy requests

/**
 * `POST /partners/{id}/policy/map`: an active partner asks for an activated policy of its own group, of a
 * type that suits the partner type; one open or approved request per partner and policy.
 * @throws PMS_PRT_005, PMS_PMP_016, PMS_PRT_047, PMS_PRT_073, PMS_PRT_098, PMS_PMP_019, PMS_PMP_018,
 *   PMS_PMP_023, PMS_PRT_130, PMS_PRT_053, PMS_PRT_060.
 */
export async function requestPolicy(
  deps: AppDeps,
  ctx: AuthedContext,
  partnerId: string,
  input: { policyName: string; useCaseDescription: string },
) {
  return deps.db.transaction(async (tx) => {
    const partner = await getActivePartnerForActor(tx, partnerId, ctx.actor, { forUpdate: true });
    assertThat(partner.policyGroupId, 'PMS_PRT_047');
    const named = await repo.policiesNamed(tx, input.policyName);
    assertThat(named.length > 0, 'PMS_PRT_073', {}, 'policyName');
    const found = named.find((n) => n.policy.policyGroupId === partner.policyGroupId);
    assertThat(found, 'PMS_PRT_098', {}, 'policyName');
    const { policy, group } = found;
    assertThat(policy.status === 'activated', 'PMS_PMP_019');
    assertThat(policy.validTo > new Date(), 'PMS_PMP_018');
    assertThat(group.isActive, 'PMS_PMP_023');
    assertThat(policyTypesOfPartnerType(partner.partnerTypeCode).includes(policy.policyType), 'PMS_PRT_130', {
      partnerType: partner.partnerTypeCode,
      policyType: policy.policyType,
    });
    const live = await repo.liveRequestsFor(tx, partner.id, policy.id);
    assertThat(!live.some((r) => r.status === 'approved'), 'PMS_PRT_060');
    assertThat(live.length === 0, 'PMS_PRT_053');
    const request = await repo.insertPolicyRequest(tx, {
      id: newId(),
      partnerId: partner.id,
      policyId: policy.id,
      requestDetail: input.useCaseDescription,
      status: 'InProgress',
      createdBy: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: 'partner.policy_request',
      entityType: 'partner_policy_request',
      entityId: request.id,
      after: { partnerId: partner.id, policyId: policy.id, policyName: policy.name, status: request.status },
    });
    return { mappingkey: request.id, message: 'Policy mapping request submitted successfully.' };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `PUT /partners/policy/{mappingkey}` by a partner admin: approve or reject once, with a comment.
 * Approval needs an active partner and an activated, unexpired policy in an active group.
 * @throws PMS_PM_045, PMS_PMP_007, PMS_PM_034, PMS_PM_035, PMS_PMP_016, PMS_PMP_019, PMS_PMP_018, PMS_PMP_023.
 */
export async function decidePolicyRequest(
  deps: AppDeps,
  ctx: AuthedContext,
  requestId: string,
  input: { status: string; comment?: string },
): Promise<string> {
  const decision = input.status.toLowerCase();
  assertThat(decision === 'approved' || decision === 'rejected', 'PMS_PM_045', {}, 'status');
  assertThat(UUID.test(requestId), 'PMS_PMP_007');
  return deps.db.transaction(async (tx) => {
    const request = await repo.findPolicyRequest(tx, requestId, true);
    assertThat(request, 'PMS_PMP_007');
    assertThat(request.status !== 'approved', 'PMS_PM_034');
    assertThat(request.status !== 'rejected', 'PMS_PM_035');
    const partner = await repo.findPartner(tx, request.partnerId);
    const found = await repo.findPolicyById(tx, request.policyId);
    if (!partner || !found) throw new AppError('PMS_PMP_007');
    if (decision === 'approved') {
      assertThat(partner.isActive, 'PMS_PMP_016');
      assertThat(found.policy.status === 'activated', 'PMS_PMP_019');
      assertThat(found.policy.validTo > new Date(), 'PMS_PMP_018');
      assertThat(found.group.isActive, 'PMS_PMP_023');
    }
    const after = await repo.updatePolicyRequest(tx, request.id, {
      status: decision,
      decisionComment: input.comment ?? null,
      decidedBy: ctx.actor.username,
      decidedAt: new Date(),
      updatedBy: ctx.actor.username,
    });
    await recordAudit(tx, ctx, {
      action: decision === 'approved' ? 'partner.policy_request_approve' : 'partner.policy_request_reject',
      entityType: 'partner_policy_request',
      entityId: request.id,
      before: { status: request.status },
      after: { status: after?.status, partnerId: partner.id, policyId: found.policy.id },
      reason: input.comment ?? null,
    });
    await mailPartner(
      tx,
      partner,
      decision === 'approved' ? 'policy_request_approved' : 'policy_request_rejected',
      {
        policyName: found.policy.name,
        comment: input.comment || '-',
      },
    );
    return decision === 'approved'
      ? 'Policy mapping approved successfully'
      : 'Policy mapping rejected successfully';
  });
}

/** `GET /partner-policy-requests`: admins see all; partner users their own partners' requests. */
export async function searchPolicyRequests(deps: AppDeps, ctx: AuthedContext, query: PolicyRequestsQuery) {
  const paging = parsePaging(query, policyRequestSortFields);
  const owner = isAdmin(ctx.actor) ? undefined : ctx.actor.userId;
  const { rows, total } = await repo.searchPolicyRequests(deps.db, query, paging, owner);
  return toPage(paging, total, rows.map(presentPolicyRequest));
}

/** Legacy `GET /partners/{id}/apikey/request`: the partner's policy requests. */
export async function legacyPolicyRequests(deps: AppDeps, ctx: AuthedContext, partnerId: string) {
  const partner = await getPartnerForActor(deps.db, partnerId, ctx.actor);
  const rows = await repo.requestsOfPartner(deps.db, partner.id);
  assertThat(rows.length > 0, 'PMS_PRT_006');
  return rows.map((r) => ({
    apiKeyReqID: r.id,
    apiKeyRequestStatus: r.status,
    partnerApiKey: null,
    apikeyStatus: null,
    validityTill: null,
  }));
}
