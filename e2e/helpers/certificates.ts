import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ApiClient, type SeededUser, seedUser, uniqueName } from '../support/api-client.ts';
import { assertAccessible } from '../support/axe.ts';
import { assertPage } from './page.ts';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export { ApiClient };

// ---- certificates made in Node (as the API's test fixtures do) ------------------------------------

const DAY = 24 * 60 * 60 * 1000;
const days = (n: number) => new Date(Date.now() + n * DAY);
const CA_USAGE = x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign;
const LEAF_USAGE = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment;
const EC: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN = { name: 'ECDSA', hash: 'SHA-256' };

export interface Made {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
  name: string;
  pem: string;
}

async function keysOf(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function makeRoot(name: string): Promise<Made> {
  const keys = await keysOf();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name,
    keys,
    notBefore: days(-1),
    notAfter: days(3650),
    signingAlgorithm: SIGN,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(CA_USAGE, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, keys, name, pem: cert.toString('pem') };
}

export async function makeIssued(
  issuer: Made,
  name: string,
  options: { ca: boolean; validDays: number },
): Promise<Made> {
  const keys = await keysOf();
  const cert = await x509.X509CertificateGenerator.create({
    subject: name,
    issuer: issuer.cert.subjectName,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    notBefore: days(-1),
    notAfter: days(options.validDays),
    signingAlgorithm: SIGN,
    extensions: [
      new x509.BasicConstraintsExtension(options.ca, undefined, true),
      new x509.KeyUsagesExtension(options.ca ? CA_USAGE : LEAF_USAGE, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
    ],
  });
  return { cert, keys, name, pem: cert.toString('pem') };
}

export interface CertificateSet {
  dir: string;
  root: Made;
  intermediate: Made;
  partner: Made;
  wrongOrganisation: Made;
  /** PEM files to give to the drop zones. */
  files: { root: string; intermediate: string; partner: string; wrongOrganisation: string };
}

/** A root, an intermediate under it, a partner certificate for `organisation`, and one for another organisation. */
export async function makeCertificateSet(organisation: string): Promise<CertificateSet> {
  const tag = uniqueName('');
  const root = await makeRoot(`CN=E2E Root ${tag}, O=E2E Trust, C=KE`);
  const intermediate = await makeIssued(root, `CN=E2E Issuing CA ${tag}, O=E2E Trust, C=KE`, {
    ca: true,
    validDays: 1825,
  });
  const partner = await makeIssued(intermediate, `CN=auth-${tag}.example.org, O=${organisation}, C=KE`, {
    ca: false,
    validDays: 730,
  });
  const wrongOrganisation = await makeIssued(
    intermediate,
    `CN=other-${tag}.example.org, O=Someone Else Ltd, C=KE`,
    { ca: false, validDays: 730 },
  );
  const dir = certificateDir();
  const write = (name: string, made: Made) => {
    const file = join(dir, name);
    writeFileSync(file, made.pem);
    return file;
  };
  return {
    dir,
    root,
    intermediate,
    partner,
    wrongOrganisation,
    files: {
      root: write('root.pem', root),
      intermediate: write('intermediate.pem', intermediate),
      partner: write('partner.cer', partner),
      wrongOrganisation: write('wrong-organisation.pem', wrongOrganisation),
    },
  };
}

/** A P7B (PKCS#7, PEM armour) bundle of the certificates, in the given order. */
export function p7bText(certs: Made[]): string {
  const der = Buffer.from(new x509.X509Certificates(certs.map((c) => c.cert)).export('raw'));
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN PKCS7-----\n${lines.join('\n')}\n-----END PKCS7-----\n`;
}

/** Writes a P7B bundle file of the certificates, in the given order. */
export function writeBundle(dir: string, name: string, certs: Made[]): string {
  const file = join(dir, name);
  writeFileSync(file, p7bText(certs));
  return file;
}

/** A temp dir for certificate files (remove it after the test). */
export function certificateDir(): string {
  return mkdtempSync(join(tmpdir(), 'pms-e2e-certs-'));
}

/** The CN of a subject as the API shows it in "issued to". */
export function commonName(made: Made): string {
  return /CN=([^,]+)/.exec(made.name)?.[1] ?? made.name;
}

// ---- seeding through the API ---------------------------------------------------------------------

export interface SeededPartner {
  user: SeededUser;
  partnerId: string;
}

/** An authentication partner user with a registered partner (InProgress) and consent given. */
export async function seedAuthPartner(organisation: string): Promise<SeededPartner> {
  const admin = await ApiClient.signIn();
  const group = uniqueName('Cert group ');
  await admin.call('POST', '/v1/policymanager/policies/group/new', {
    name: group,
    desc: `${group} description`,
  });
  const user = await seedUser({
    prefix: 'certp',
    role: 'AUTH_PARTNER',
    organizationName: organisation,
    firstName: 'Kofi',
    lastName: 'Mensah',
  });
  const api = await ApiClient.signIn(user.userName, user.password);
  const partnerId = uniqueName('authcert');
  await api.call('POST', '/v1/partnermanager/partners', {
    partnerId,
    organizationName: organisation,
    address: '12 Harbour Road, Mombasa',
    contactNumber: '+254700000000',
    emailId: user.email,
    partnerType: 'Auth_Partner',
    policyGroup: group,
    langCode: 'eng',
  });
  await api.call('POST', '/v1/partnermanager/users/user-consent', {});
  return { user, partnerId };
}

// ---- trust store (admin) -------------------------------------------------------------------------

export async function goToTrustStore(page: Page, search = ''): Promise<void> {
  await page.goto(`/admin/trust-store${search}`);
  await assertPage(page, /^(Trust store|Magasin de confiance|مخزن الثقة)$/);
}

export async function clickUploadTrustCertificate(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Upload trust certificate' }).click();
  await assertPage(page, 'Upload trust certificate');
}

export async function selectTrustDomain(page: Page, domain: 'AUTH' | 'DEVICE' | 'FTM'): Promise<void> {
  await page.getByLabel('Partner domain').selectOption(domain);
}

/** Gives a file to the page's drop zone (its hidden input). */
export async function chooseFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-drop-zone').locator('input[type=file]').setInputFiles(file);
}

/** Subjects shown in the in-browser preview, in file order. */
export async function previewSubjects(page: Page): Promise<string[]> {
  const table = page.getByTestId('certificate-preview');
  await table.waitFor();
  return (await table.locator('tbody tr td:first-child').allInnerTexts()).map(
    (s) => s.split('\n')[0]?.trim() ?? '',
  );
}

export async function clickUpload(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Upload|Téléverser|رفع)$/ }).click();
}

/** The per-certificate result rows after an upload: [issued to, result, type]. */
export async function uploadResultRows(page: Page): Promise<string[][]> {
  const result = page.getByTestId('upload-result');
  await result.waitFor();
  const rows = result.locator('tbody tr');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    out.push((await row.locator('td').allInnerTexts()).slice(0, 3).map((s) => s.trim()));
  }
  return out;
}

/** Issued-to names of the trust-store list as shown. */
export async function trustStoreRows(page: Page): Promise<string[]> {
  const table = page.getByTestId('table-trust-store');
  await table.locator('tbody tr a').first().waitFor();
  return (await table.locator('tbody tr td:first-child').allInnerTexts()).map((s) => s.trim());
}

export async function openTrustCertificate(page: Page, issuedTo: string): Promise<void> {
  await page.getByTestId('table-trust-store').getByRole('link', { name: issuedTo }).click();
  await assertPage(page, /CA certificate$/);
}

/** The chain as drawn: one text per step, from the certificate up to the root. */
export async function chainSteps(page: Page): Promise<string[]> {
  const chain = page.getByRole('list', { name: 'Certificate chain' });
  await chain.waitFor();
  return (await chain.getByRole('listitem').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

// ---- partner certificate page --------------------------------------------------------------------

export async function goToCertificates(page: Page): Promise<void> {
  await page.goto('/certificates');
  await assertPage(page, /^(Partner certificates|Certificats du partenaire|شهادات الشريك)$/);
}

export function certificateCard(page: Page, partnerId: string) {
  return page.getByRole('region', { name: new RegExp(`${partnerId}$`) });
}

export async function clickCardButton(page: Page, partnerId: string, name: string | RegExp): Promise<void> {
  await certificateCard(page, partnerId).getByRole('button', { name }).click();
}

export async function uploadDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** Text of a labelled field (`dt`/`dd`) of a card. */
export async function cardField(page: Page, partnerId: string, label: string): Promise<string> {
  const card = certificateCard(page, partnerId);
  const value = card.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  return ((await value.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Clicks a download button and answers the saved file name and text. */
export async function downloadFrom(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await downloadText(download) };
}

async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

export async function assertAlert(scope: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  const alert = scope.getByRole('alert').filter({ hasText: text });
  await alert.first().waitFor();
  expect(await alert.first().textContent()).toContain(text);
}

export async function clickRevoke(page: Page, reason: string): Promise<void> {
  await page.getByRole('button', { name: 'Revoke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke this CA certificate?' });
  await dialog.waitFor();
  await assertAccessible(page);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

export async function trustStatus(page: Page): Promise<string> {
  return ((await page.getByTestId('trust-status').textContent()) ?? '').trim();
}
