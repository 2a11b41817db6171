import { rmSync } from 'node:fs';
import { errorMessage } from '@pms/phrases';
import { afterAll, describe, expect } from 'vitest';
import { signInAs, signInAsAdmin } from '../helpers/auth.ts';
import {
  assertAlert,
  cardField,
  certificateCard,
  certificateDir,
  chainSteps,
  chooseFile,
  clickCardButton,
  clickRevoke,
  clickUpload,
  clickUploadTrustCertificate,
  commonName,
  downloadFrom,
  goToCertificates,
  goToTrustStore,
  makeCertificateSet,
  makeIssued,
  makeRoot,
  openTrustCertificate,
  previewSubjects,
  seedAuthPartner,
  selectTrustDomain,
  trustStatus,
  trustStoreRows,
  uploadDialog,
  uploadResultRows,
  writeBundle,
} from '../helpers/certificates.ts';
import { assertPage } from '../helpers/page.ts';
import { saveScreenshot } from '../helpers/screenshots.ts';
import { dashboardCards, navigationEntries, selectLanguage } from '../helpers/shell.ts';
import { uniqueName } from '../support/api-client.ts';
import { assertAccessible } from '../support/axe.ts';
import { openPage, test } from '../support/browser.ts';

/** Temp dirs of the certificate files, removed at the end. */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Certificates', () => {
  test('an admin builds the AUTH trust chain, a partner uploads its certificate and downloads both copies', async ({
    page,
  }) => {
    const organisation = uniqueName('Kilima Identity ');
    const certs = await makeCertificateSet(organisation);
    dirs.push(certs.dir);
    const partner = await seedAuthPartner(organisation);

    // The admin uploads the root, then the intermediate, for the AUTH domain.
    await signInAsAdmin(page);
    expect(await dashboardCards(page)).toContain('Trust store');
    expect(await navigationEntries(page)).toContain('Trust store');
    await goToTrustStore(page);
    await clickUploadTrustCertificate(page);
    await selectTrustDomain(page, 'AUTH');
    await chooseFile(page, certs.files.root);
    expect(await previewSubjects(page)).toEqual([certs.root.name]);
    await assertAccessible(page);
    await clickUpload(page);
    expect(await uploadResultRows(page)).toEqual([
      [expect.stringContaining(commonName(certs.root)), 'Uploaded', 'Root CA'],
    ]);
    await saveScreenshot(page, 'trust-upload-en');

    await page.getByRole('button', { name: 'Clear' }).click();
    await chooseFile(page, certs.files.intermediate);
    expect(await previewSubjects(page)).toEqual([certs.intermediate.name]);
    await clickUpload(page);
    expect(await uploadResultRows(page)).toEqual([
      [expect.stringContaining(commonName(certs.intermediate)), 'Uploaded', 'Intermediate CA'],
    ]);

    // Both are in the list, filtered by domain and by the test's names; the filters live in the URL.
    const tag = commonName(certs.root).replace('E2E Root ', '');
    await goToTrustStore(page, `?partnerDomain=AUTH&issuedTo=${encodeURIComponent(tag)}`);
    await expect.poll(() => trustStoreRows(page)).toHaveLength(2);
    const rows = await trustStoreRows(page);
    expect(rows.some((r) => r.includes(commonName(certs.root)))).toBe(true);
    expect(rows.some((r) => r.includes(commonName(certs.intermediate)))).toBe(true);
    await saveScreenshot(page, 'trust-store-en');

    // The partner (a second browser) uploads its certificate.
    const second = await openPage();
    try {
      const p = second.page;
      await signInAs(p, partner.user.userName, partner.user.password, 'Welcome, Kofi Mensah');
      expect(await dashboardCards(p)).toContain('Certificates');
      await goToCertificates(p);
      await expect.poll(() => cardField(p, partner.partnerId, 'Certificate status')).toBe('Not uploaded');
      await clickCardButton(p, partner.partnerId, 'Upload certificate');
      const dialog = await uploadDialog(p);
      await chooseFile(p, certs.files.partner);
      expect(await previewSubjects(p)).toEqual([certs.partner.name]);
      await assertAccessible(p);
      await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await p.getByText(`The certificate of partner ${partner.partnerId} was uploaded.`).waitFor();

      await expect.poll(() => cardField(p, partner.partnerId, 'Certificate status')).toBe('Active');
      expect(await cardField(p, partner.partnerId, 'Partner domain')).toBe('AUTH');
      expect(await cardField(p, partner.partnerId, 'Issued to')).toContain(commonName(certs.partner));
      await expect
        .poll(() => cardField(p, partner.partnerId, 'Issued by'))
        .toContain(`CN=${commonName(certs.intermediate)}`);
      expect(await cardField(p, partner.partnerId, 'Expires on')).toContain('Valid');
      await assertAccessible(p);
      await saveScreenshot(p, 'certificates-en');

      const original = await downloadFrom(p, () =>
        clickCardButton(p, partner.partnerId, 'Download original certificate'),
      );
      expect(original.name).toBe(`${partner.partnerId}-original-certificate.pem`);
      expect(original.text.replace(/\s+/g, '')).toBe(certs.partner.pem.replace(/\s+/g, ''));
      const signed = await downloadFrom(p, () =>
        clickCardButton(p, partner.partnerId, 'Download PMS-signed certificate'),
      );
      expect(signed.name).toBe(`${partner.partnerId}-pms-signed-certificate.pem`);
      expect(signed.text).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(signed.text.replace(/\s+/g, '')).not.toBe(certs.partner.pem.replace(/\s+/g, ''));

      // In French, a certificate of another organisation is refused with the localized message.
      await selectLanguage(p, 'fra');
      await assertPage(p, 'Certificats du partenaire');
      await clickCardButton(p, partner.partnerId, 'Téléverser à nouveau le certificat');
      const frDialog = await uploadDialog(p);
      await chooseFile(p, certs.files.wrongOrganisation);
      await frDialog.getByTestId('certificate-preview').waitFor();
      await frDialog.getByRole('button', { name: 'Téléverser', exact: true }).click();
      await assertAlert(
        frDialog,
        errorMessage('KER-PCM-008', 'fra', {
          certificateOrganisation: 'Someone Else Ltd',
          organisation,
        }),
      );
      await assertAccessible(p);
      await saveScreenshot(p, 'certificates-wrong-org-fr');
      await frDialog.getByRole('button', { name: 'Annuler' }).click();
      // The accepted certificate is still the current one.
      expect(await cardField(p, partner.partnerId, 'Délivré à')).toContain(commonName(certs.partner));

      await selectLanguage(p, 'ara');
      await assertPage(p, 'شهادات الشريك');
      await certificateCard(p, partner.partnerId).waitFor();
      await saveScreenshot(p, 'certificates-ar');
    } finally {
      await second.context.close();
    }

    // The admin sees the chain of the intermediate drawn up to its root, and downloads it as P7B.
    await openTrustCertificate(page, commonName(certs.intermediate));
    const steps = await chainSteps(page);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toContain('Intermediate CA');
    expect(steps[0]).toContain('This certificate');
    expect(steps[0]).toContain(commonName(certs.intermediate));
    expect(steps[1]).toContain('Root CA');
    expect(steps[1]).toContain(commonName(certs.root));
    await expect
      .poll(() =>
        page.getByRole('listitem').filter({ hasText: 'This certificate' }).getAttribute('aria-current'),
      )
      .toBe('step');
    const p7b = await downloadFrom(page, () => page.getByRole('button', { name: 'Download P7B' }).click());
    expect(p7b.name).toMatch(/^intermediate-certificate-.+\.p7b$/);
    expect(p7b.text).toMatch(/^-----BEGIN PKCS7-----/);
    await saveScreenshot(page, 'trust-chain-en');
    await selectLanguage(page, 'ara');
    await assertPage(page, /شهادة/);
    await saveScreenshot(page, 'trust-chain-ar');
    // The language is kept on the admin's account: back to English for the other stories.
    await selectLanguage(page, 'eng');
    await assertPage(page, 'Intermediate CA certificate');
  }, 180_000);

  test('an admin uploads a P7B bundle with partial success, then revokes the new root', async ({ page }) => {
    const dir = certificateDir();
    dirs.push(dir);
    const tag = uniqueName('');
    const root = await makeRoot(`CN=E2E Device Root ${tag}, O=E2E Devices, C=KE`);
    const unknownRoot = await makeRoot(`CN=E2E Unknown Root ${tag}, O=Elsewhere, C=KE`);
    const orphan = await makeIssued(unknownRoot, `CN=E2E Orphan CA ${tag}, O=Elsewhere, C=KE`, {
      ca: true,
      validDays: 1000,
    });
    const bundle = writeBundle(dir, 'device-chain.p7b', [orphan, root]);

    await signInAsAdmin(page);
    await goToTrustStore(page);
    await clickUploadTrustCertificate(page);
    await chooseFile(page, bundle);
    // Both certificates of the bundle are read in the browser before anything is sent.
    await page.getByText('Certificates found in device-chain.p7b: 2').waitFor();
    expect(await previewSubjects(page)).toEqual([orphan.name, root.name]);
    // The domain is required.
    await clickUpload(page);
    await page.getByText('Choose the partner domain.').waitFor();
    await selectTrustDomain(page, 'DEVICE');
    await clickUpload(page);
    const rows = await uploadResultRows(page);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual([expect.stringContaining(commonName(root)), 'Uploaded', 'Root CA']);
    expect(rows).toContainEqual([expect.stringContaining(commonName(orphan)), 'Refused', '—']);
    await page.getByText('Some certificates were uploaded').waitFor();
    await saveScreenshot(page, 'trust-upload-partial-en');

    // The new root opens from the result; its chain is itself; the admin revokes it.
    await page
      .getByTestId('upload-result')
      .getByRole('link', { name: commonName(root) })
      .click();
    await assertPage(page, 'Root CA certificate');
    expect(await chainSteps(page)).toEqual([expect.stringContaining(commonName(root))]);
    expect(await trustStatus(page)).toBe('Active');
    await clickRevoke(page, 'Key ceremony redone');
    await page.getByText('The CA certificate was revoked.').waitFor();
    await expect.poll(() => trustStatus(page)).toBe('Revoked');
    await page.getByText(/Key ceremony redone/).waitFor();
    expect(await page.getByRole('button', { name: 'Revoke', exact: true }).count()).toBe(0);

    // The list filtered on revoked DEVICE certificates shows it.
    await goToTrustStore(page, `?partnerDomain=DEVICE&status=revoked&issuedTo=${encodeURIComponent(tag)}`);
    await expect.poll(() => trustStoreRows(page)).toEqual([expect.stringContaining(commonName(root))]);
    await saveScreenshot(page, 'trust-store-revoked-en');

    // The same list in Arabic (right to left), then back to English for the other stories.
    await selectLanguage(page, 'ara');
    await assertPage(page, 'مخزن الثقة');
    await expect.poll(() => trustStoreRows(page)).toEqual([expect.stringContaining(commonName(root))]);
    await saveScreenshot(page, 'trust-store-ar');
    await page.getByRole('link', { name: 'رفع شهادة ثقة' }).click();
    await assertPage(page, 'رفع شهادة ثقة');
    await saveScreenshot(page, 'trust-upload-ar');
    await selectLanguage(page, 'eng');
    await assertPage(page, 'Upload trust certificate');
  }, 120_000);
});
