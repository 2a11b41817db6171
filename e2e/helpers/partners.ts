import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as ApiPage, Mail, MailSummary } from '@pms/contracts';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ApiClient, uniqueName } from '../support/api-client.ts';
import { assertAccessible } from '../support/axe.ts';
import { loginHeading } from './auth.ts';
import { assertPage } from './page.ts';
import { saveScreenshot } from './screenshots.ts';

/**
 * Partner screens: public sign-up (/signup), the terms dialog, the partner's profile and policies
 * (/my-partner, /my-policies) and the partner admin's lists (/admin/partners, /admin/policy-requests).
 */

// ---- seeding through the API ---------------------------------------------------------------------

/** MOSIP's sample Auth policy document. */
const authPolicyDocument = {
  authTokenType: 'policy',
  allowedKycAttributes: ['fullName', 'gender', 'dateOfBirth'].map((attributeName) => ({ attributeName })),
  allowedAuthTypes: [
    { authType: 'otp', authSubType: '', mandatory: false },
    { authType: 'demo', authSubType: '', mandatory: false },
  ],
};

export interface SeededPolicy {
  groupName: string;
  groupDescription: string;
  policyName: string;
  policyDescription: string;
  policyId: string;
}

/** An active policy group with one published Auth policy. */
export async function seedAuthPolicy(admin: ApiClient): Promise<SeededPolicy> {
  const groupName = uniqueName('e2e-auth-group-');
  const groupDescription = `Relying parties of ${groupName}`;
  const group = await admin.call<{ id: string }>('POST', '/v1/policymanager/policies/group/new', {
    name: groupName,
    desc: groupDescription,
  });
  const policyName = uniqueName('e2e-auth-policy-');
  const policyDescription = 'OTP and demographic authentication with basic eKYC';
  const policy = await admin.call<{ id: string }>('POST', '/v1/policymanager/policies', {
    policyGroupName: groupName,
    policyType: 'Auth',
    name: policyName,
    desc: policyDescription,
    version: '1.0',
    policies: authPolicyDocument,
  });
  await admin.call('POST', `/v1/policymanager/policies/${policy.id}/group/${group.id}/publish`);
  return { groupName, groupDescription, policyName, policyDescription, policyId: policy.id };
}

/** A partner registered by the admin for itself (for list filters and sorting; no sign-up needed). */
export async function seedAdminPartner(
  admin: ApiClient,
  input: { partnerId: string; organizationName: string; partnerType?: string },
): Promise<void> {
  await admin.call('POST', '/v1/partnermanager/partners', {
    partnerId: input.partnerId,
    organizationName: input.organizationName,
    address: '1 Partner Street',
    contactNumber: '+33123456789',
    emailId: `${input.partnerId}@example.org`,
    partnerType: input.partnerType ?? 'Device_Provider',
  });
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/**
 * A root CA (uploaded to the AUTH trust store by the admin) and a partner certificate it signed for the
 * organisation; the partner uploads it, which activates the partner (MOSIP: a partner becomes approved
 * by uploading its certificate).
 */
export async function activateWithCertificate(
  admin: ApiClient,
  partner: { userName: string; password: string; partnerId: string; organizationName: string },
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pms-e2e-cert-'));
  try {
    const root = uniqueName('E2E Root ');
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        '1825',
        '-sha256',
        '-subj',
        `/CN=${root}/O=E2E Trust`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      dir,
    );
    openssl(
      [
        'req',
        '-new',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'p.key',
        '-out',
        'p.csr',
        '-subj',
        `/CN=${partner.partnerId}/O=${partner.organizationName}`,
      ],
      dir,
    );
    execFileSync(
      'sh',
      ['-c', 'printf "basicConstraints=CA:FALSE\\nkeyUsage=critical,digitalSignature\\n" > ext.cnf'],
      {
        cwd: dir,
      },
    );
    openssl(
      [
        'x509',
        '-req',
        '-in',
        'p.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'p.pem',
        '-days',
        '730',
        '-sha256',
        '-extfile',
        'ext.cnf',
      ],
      dir,
    );
    await admin.call('POST', '/v1/partnermanager/partners/certificate/ca/upload', {
      certificateData: readFileSync(join(dir, 'ca.pem'), 'utf8'),
      partnerDomain: 'AUTH',
    });
    const self = await ApiClient.signIn(partner.userName, partner.password);
    await self.call('POST', '/v1/partnermanager/partners/certificate/upload', {
      partnerId: partner.partnerId,
      partnerDomain: 'AUTH',
      certificateData: readFileSync(join(dir, 'p.pem'), 'utf8'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The e-mail verification link mailed to `email` (read through the admin mailbox API), as a path. */
export async function verificationLink(
  admin: ApiClient,
  email: string,
): Promise<{ path: string; mail: Mail }> {
  let found: MailSummary | undefined;
  await expect
    .poll(async () => {
      const page = await admin.call<ApiPage<MailSummary>>(
        'GET',
        `/v1/partnermanager/mailbox?to=${encodeURIComponent(email)}&pageNo=0&pageSize=50`,
      );
      found = page.data.find((m) => m.template === 'email_verification');
      return !!found;
    })
    .toBe(true);
  if (!found) throw new Error(`no verification mail for ${email}`);
  const mail = await admin.call<Mail>('GET', `/v1/partnermanager/mailbox/${found.id}`);
  const match = mail.text.match(/https?:\/\/[^\s"<>]+\/verify-email\?token=[^\s"<>]+/);
  if (!match) throw new Error(`no verification link in the mail to ${email}`);
  const url = new URL(match[0]);
  return { path: `${url.pathname}${url.search}`, mail };
}

export interface NewPartner {
  userName: string;
  partnerId: string;
  password: string;
  email: string;
  firstName: string;
  lastName: string;
  organizationName: string;
  phone: string;
  address: string;
}

export function newPartner(prefix = 'authp'): NewPartner {
  const userName = uniqueName(prefix).toLowerCase();
  return {
    userName,
    partnerId: userName,
    password: 'Sign-Up-Password-4826!',
    email: `${userName}@example.org`,
    firstName: 'Aïcha',
    lastName: 'Benali',
    organizationName: `Trust Bank ${userName}`,
    phone: '+212600000001',
    address: '12 Avenue Hassan II, Rabat',
  };
}

// ---- sign-up -------------------------------------------------------------------------------------

const signupHeading = /^(Become a partner|Devenir partenaire|كن شريكًا)$/;

export async function goToSignupFromLogin(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Create an account|Créer un compte|أنشئ حسابًا/ }).click();
  await assertPage(page, signupHeading);
}

export async function goToSignup(page: Page): Promise<void> {
  await page.goto('/signup');
  await assertPage(page, signupHeading);
}

/** Picks a partner type card and continues to the form. */
export async function choosePartnerType(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('radio', { name }).click();
  await page.getByRole('button', { name: /^(Continue|Continuer|متابعة)$/ }).click();
  await page.getByTestId('chosen-type').waitFor();
}

export const signupLabels = {
  en: {
    organization: 'Organisation name',
    partnerId: 'Partner ID',
    address: 'Address',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail address',
    phone: 'Phone number',
    userName: 'Username',
    password: 'Password',
    confirm: 'Confirm the password',
    group: 'Policy group',
    submit: 'Create my account',
  },
  fr: {
    organization: 'Nom de l’organisation',
    partnerId: 'Identifiant partenaire',
    address: 'Adresse',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail',
    phone: 'Numéro de téléphone',
    userName: 'Nom d’utilisateur',
    password: 'Mot de passe',
    confirm: 'Confirmez le mot de passe',
    group: 'Groupe de politiques',
    submit: 'Créer mon compte',
  },
} as const;

type Labels = (typeof signupLabels)[keyof typeof signupLabels];

function field(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: label, exact: true });
}

function passwordField(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^${label}`));
}

export async function fillSignup(page: Page, p: NewPartner, labels: Labels = signupLabels.en): Promise<void> {
  await field(page, labels.organization).fill(p.organizationName);
  await field(page, labels.address).fill(p.address);
  await field(page, labels.firstName).fill(p.firstName);
  await field(page, labels.lastName).fill(p.lastName);
  await field(page, labels.email).fill(p.email);
  await field(page, labels.phone).fill(p.phone);
  await field(page, labels.userName).fill(p.userName);
  await field(page, labels.userName).blur();
  await expect.poll(() => field(page, labels.partnerId).inputValue()).toBe(p.partnerId);
  await passwordField(page, labels.password).fill(p.password);
  await passwordField(page, labels.confirm).fill(p.password);
}

export async function choosePolicyGroup(
  page: Page,
  name: string,
  labels: Labels = signupLabels.en,
): Promise<void> {
  await page.getByRole('combobox', { name: labels.group }).click();
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

export async function passwordStrength(page: Page): Promise<string> {
  return (await page.getByTestId('password-strength').textContent()) ?? '';
}

/** Submits and waits for the "check your mailbox" page. */
export async function submitSignup(page: Page, labels: Labels = signupLabels.en): Promise<string> {
  await page.getByRole('button', { name: labels.submit }).click();
  const done = page.getByTestId('signup-done');
  await done.waitFor();
  await assertPage(page, /^(Check your mailbox|Consultez votre messagerie|تحقق من بريدك)$/);
  return (await done.textContent()) ?? '';
}

export async function visitVerificationLink(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByTestId('verify-done').waitFor();
  await assertPage(page, /.+/);
}

// ---- consent -------------------------------------------------------------------------------------

/** Signs in; the terms dialog must show before anything else, then the dashboard once accepted. */
export async function signInAndAcceptTerms(page: Page, userName: string, password: string): Promise<void> {
  await page.goto('/login');
  await assertPage(page, loginHeading.en);
  await page.getByRole('textbox', { name: /Username/ }).fill(userName);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: /^Sign in$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Terms and conditions' });
  await dialog.waitFor();
  // The page under the dialog is not rendered while consent is missing.
  expect(await page.getByRole('heading', { level: 1, name: /^Welcome/ }).count()).toBe(0);
  await assertAccessible(page);
  await saveScreenshot(page, 'partners-consent-en');
  const proceed = dialog.getByRole('button', { name: 'Proceed' });
  expect(await proceed.isDisabled()).toBe(true);
  await dialog.getByRole('checkbox', { name: /I have read the terms/ }).check();
  await proceed.click();
  await assertPage(page, /^Welcome/);
}

// ---- partner side --------------------------------------------------------------------------------

export async function goToMyPartner(page: Page): Promise<void> {
  await page.goto('/my-partner');
  await assertPage(page, 'My partner profile');
}

/** Adds an extra contact on the profile page and waits for the confirmation toast. */
export async function addContact(page: Page, contact: { email: string; phone: string; address: string }) {
  const section = page.getByRole('region', { name: 'Additional contacts' });
  await section.getByRole('textbox', { name: 'Contact e-mail address' }).fill(contact.email);
  await section.getByRole('textbox', { name: 'Contact phone number' }).fill(contact.phone);
  await section.getByRole('textbox', { name: 'Contact address' }).fill(contact.address);
  await section.getByRole('button', { name: 'Add contact' }).click();
  await page.getByText('The contact is saved.').waitFor();
  await expect
    .poll(() => section.getByRole('textbox', { name: 'Contact e-mail address' }).inputValue())
    .toBe('');
}

/** Changes the phone number of the partner and saves. */
export async function savePhone(page: Page, phone: string) {
  const section = page.getByRole('region', { name: 'Contact details' });
  await section.getByRole('textbox', { name: 'Phone number' }).fill(phone);
  await section.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Your contact details are saved.').waitFor();
}

export async function goToMyPolicies(page: Page): Promise<void> {
  await page.goto('/my-policies');
  await assertPage(page, 'My policies');
}

export async function clickRequestPolicy(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: 'Request a policy' }).click();
  await assertPage(page, 'Request a policy');
}

/** Chooses the policy, gives the purpose, submits; lands on the new request's page. */
export async function requestPolicy(page: Page, policyName: string, purpose: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Policy', exact: true }).click();
  await page.getByRole('option', { name: new RegExp(`^${policyName}`) }).click();
  await page.getByRole('textbox', { name: 'Purpose' }).fill(purpose);
  await page.getByRole('button', { name: 'Submit the request' }).click();
  await assertPage(page, policyName);
}

export async function requestStatus(page: Page): Promise<string> {
  return (await page.getByTestId('request-status').textContent()) ?? '';
}

// ---- partner admin -------------------------------------------------------------------------------

export async function goToAdminPartners(page: Page, search = ''): Promise<void> {
  await page.goto(`/admin/partners${search}`);
  await assertPage(page, 'Partners');
}

export async function goToAdminPartner(page: Page, partnerId: string): Promise<void> {
  await page.goto(`/admin/partners/${encodeURIComponent(partnerId)}`);
  await assertPage(page, `Partner ${partnerId}`);
}

export async function goToPolicyRequests(page: Page, search = ''): Promise<void> {
  await page.goto(`/admin/policy-requests${search}`);
  await assertPage(page, 'Policy requests');
}

/** The first cell (id column) of every row of a data table. */
export async function tableColumn(page: Page, tableId: string, column: number): Promise<string[]> {
  return page
    .getByTestId(`table-${tableId}`)
    .locator('tbody tr')
    .evaluateAll(
      (rows, i) => rows.map((r) => r.querySelectorAll('td')[i]?.textContent?.trim() ?? ''),
      column,
    );
}

export async function clickDecision(
  page: Page,
  decision: 'Approve' | 'Reject',
  policyName: string,
  partnerId: string,
  comment: string,
): Promise<void> {
  await page.getByRole('button', { name: `${decision} ${policyName} for ${partnerId}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await assertAccessible(page);
  await dialog.getByRole('textbox', { name: 'Comment' }).fill(comment);
  await dialog.getByRole('button', { name: decision, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Activates or deactivates the open partner with a reason (the confirm stays disabled without one). */
export async function changePartnerStatus(page: Page, action: 'Activate' | 'Deactivate', reason: string) {
  await page.getByRole('main').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await assertAccessible(page);
  const confirm = dialog.getByRole('button', { name: action, exact: true });
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await confirm.click();
  await dialog.waitFor({ state: 'detached' });
}

export async function partnerStatus(page: Page): Promise<string> {
  return (await page.getByTestId('partner-status').textContent()) ?? '';
}

export async function historyText(page: Page): Promise<string> {
  return (await page.getByTestId('partner-history').textContent()) ?? '';
}
