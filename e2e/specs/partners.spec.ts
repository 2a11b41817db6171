import { describe, expect } from 'vitest';
import { signInAsAdmin } from '../helpers/auth.ts';
import { assertPage } from '../helpers/page.ts';
import {
  activateWithCertificate,
  addContact,
  changePartnerStatus,
  choosePartnerType,
  choosePolicyGroup,
  clickDecision,
  clickRequestPolicy,
  fillSignup,
  goToAdminPartner,
  goToAdminPartners,
  goToMyPartner,
  goToMyPolicies,
  goToPolicyRequests,
  goToSignupFromLogin,
  historyText,
  newPartner,
  partnerStatus,
  passwordStrength,
  requestPolicy,
  requestStatus,
  savePhone,
  seedAdminPartner,
  seedAuthPolicy,
  signInAndAcceptTerms,
  submitSignup,
  tableColumn,
  verificationLink,
  visitVerificationLink,
} from '../helpers/partners.ts';
import { saveScreenshot } from '../helpers/screenshots.ts';
import { selectLanguage } from '../helpers/shell.ts';
import { ApiClient, uniqueName } from '../support/api-client.ts';
import { openPage, test } from '../support/browser.ts';

describe('partners', () => {
  test('a new authentication partner signs up, gets an Auth policy approved, and is deactivated and re-activated', {
    timeout: 180_000,
  }, async ({ page }) => {
    const admin = await ApiClient.signIn();
    const policy = await seedAuthPolicy(admin);
    const partner = newPartner('authp');

    // Sign-up: type first, then the fields of that type, with the policy group and its description.
    await page.goto('/login');
    await goToSignupFromLogin(page);
    await choosePartnerType(page, /Authentication partner/);
    await fillSignup(page, partner);
    expect(await passwordStrength(page)).toMatch(/Password strength: (good|strong)/);
    await choosePolicyGroup(page, policy.groupName);
    await expect
      .poll(() => page.getByTestId('policy-group-description').textContent())
      .toBe(policy.groupDescription);
    await saveScreenshot(page, 'partners-signup-form-en');
    const done = await submitSignup(page);
    expect(done).toContain(partner.email);
    expect(done).toContain(partner.partnerId);
    await saveScreenshot(page, 'partners-signup-done-en');

    // The e-mail verification link from the mail.
    const { path } = await verificationLink(admin, partner.email);
    await visitVerificationLink(page, path);

    // First sign-in: the terms come first and block the portal until accepted.
    await signInAndAcceptTerms(page, partner.userName, partner.password);
    await goToMyPartner(page);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Pending certificate upload');
    await expect.poll(() => page.getByRole('main').textContent()).toContain(policy.groupName);
    await saveScreenshot(page, 'partners-my-partner-en');
    await expect.poll(() => page.getByTestId('contacts-inactive').count()).toBe(1);

    // The certificate upload (certificates feature) activates the partner.
    await activateWithCertificate(admin, partner);
    await page.reload();
    await assertPage(page, 'My partner profile');
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Activated');
    await addContact(page, { email: `ops.${partner.email}`, phone: '+212600000002', address: 'Casablanca' });
    await savePhone(page, '+212600000009');
    await page.reload();
    await assertPage(page, 'My partner profile');
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Contact details' })
          .getByRole('textbox', { name: 'Phone number' })
          .inputValue(),
      )
      .toBe('+212600000009');

    // Request the Auth policy of the group.
    await goToMyPolicies(page);
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('You have not requested a policy yet.');
    await clickRequestPolicy(page);
    await requestPolicy(
      page,
      policy.policyName,
      'Authenticate our customers with OTP when they open an account.',
    );
    await expect.poll(() => requestStatus(page)).toBe('Pending approval');
    const requestUrl = page.url();
    await goToMyPolicies(page);
    await expect.poll(() => tableColumn(page, 'my-policy-requests', 0)).toEqual([policy.policyName]);
    await saveScreenshot(page, 'partners-my-policies-en');

    // The admin sees the pending count on the dashboard and approves with a comment.
    const adminSide = await openPage();
    try {
      const a = adminSide.page;
      await signInAsAdmin(a);
      await expect.poll(() => a.getByTestId('pending-policy-requests').textContent()).toMatch(/\d+ pending/);
      await goToPolicyRequests(a, `?partnerId=${partner.partnerId}`);
      await expect.poll(() => tableColumn(a, 'admin-policy-requests', 0)).toEqual([policy.policyName]);
      await saveScreenshot(a, 'partners-admin-policy-requests-en');
      await clickDecision(a, 'Approve', policy.policyName, partner.partnerId, 'Approved for the pilot.');
      await expect.poll(() => tableColumn(a, 'admin-policy-requests', 5)).toEqual(['Approved']);

      // The partner sees the decision and the comment.
      await page.goto(requestUrl);
      await assertPage(page, policy.policyName);
      await expect.poll(() => requestStatus(page)).toBe('Approved');
      await expect
        .poll(() => page.getByTestId('decision-comment').textContent())
        .toBe('Approved for the pilot.');

      // Deactivate and re-activate, each with a reason that the status history keeps.
      await goToAdminPartner(a, partner.partnerId);
      expect(await partnerStatus(a)).toBe('Activated');
      await changePartnerStatus(a, 'Deactivate', 'Contract suspended');
      await expect.poll(() => partnerStatus(a)).toBe('Deactivated');
      await expect.poll(() => historyText(a)).toContain('Contract suspended');
      await changePartnerStatus(a, 'Activate', 'Contract renewed');
      await expect.poll(() => partnerStatus(a)).toBe('Activated');
      await expect.poll(() => historyText(a)).toContain('Contract renewed');
      await saveScreenshot(a, 'partners-admin-partner-en');
      await selectLanguage(a, 'ara');
      await assertPage(a, `الشريك ${partner.partnerId}`);
      await saveScreenshot(a, 'partners-admin-partner-ar');
      await selectLanguage(a, 'eng');
    } finally {
      await adminSide.context.close();
    }
  });

  test('the partner list filters and sorts through the URL, and a reload keeps the view', async ({
    page,
  }) => {
    const admin = await ApiClient.signIn();
    const tag = uniqueName('lst').toLowerCase();
    await seedAdminPartner(admin, { partnerId: `${tag}-b`, organizationName: `Beta ${tag}` });
    await seedAdminPartner(admin, { partnerId: `${tag}-a`, organizationName: `Zeta ${tag}` });
    await seedAdminPartner(admin, { partnerId: `${tag}-c`, organizationName: `Alpha ${tag}` });

    await signInAsAdmin(page);
    await goToAdminPartners(page);
    await page.getByRole('textbox', { name: 'Partner ID' }).fill(tag);
    await expect.poll(() => new URL(page.url()).searchParams.get('partnerId')).toBe(tag);
    await expect.poll(async () => (await tableColumn(page, 'admin-partners', 0)).length).toBe(3);

    await page.getByRole('button', { name: 'Sort Organisation ascending' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sortFieldName')).toBe('orgName');
    await expect
      .poll(() => tableColumn(page, 'admin-partners', 2))
      .toEqual([`Alpha ${tag}`, `Beta ${tag}`, `Zeta ${tag}`]);

    await page.getByRole('combobox', { name: 'Status' }).selectOption('false');
    await expect.poll(() => new URL(page.url()).searchParams.get('isActive')).toBe('false');

    await page.reload();
    await assertPage(page, 'Partners');
    expect(await page.getByRole('textbox', { name: 'Partner ID' }).inputValue()).toBe(tag);
    await expect
      .poll(() => tableColumn(page, 'admin-partners', 2))
      .toEqual([`Alpha ${tag}`, `Beta ${tag}`, `Zeta ${tag}`]);
    await saveScreenshot(page, 'partners-admin-list-en');

    await page.getByRole('button', { name: 'Sort Organisation descending' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sortType')).toBe('desc');
    await expect
      .poll(() => tableColumn(page, 'admin-partners', 2))
      .toEqual([`Zeta ${tag}`, `Beta ${tag}`, `Alpha ${tag}`]);

    await selectLanguage(page, 'ara');
    await assertPage(page, 'الشركاء');
    await saveScreenshot(page, 'partners-admin-list-ar');
    await selectLanguage(page, 'eng');
  });
});
