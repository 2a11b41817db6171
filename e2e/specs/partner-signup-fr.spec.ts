import { describe, expect } from 'vitest';
import { selectLoginLanguage } from '../helpers/auth.ts';
import { assertDocument } from '../helpers/page.ts';
import {
  choosePartnerType,
  choosePolicyGroup,
  fillSignup,
  goToSignup,
  newPartner,
  passwordStrength,
  seedAuthPolicy,
  signupLabels,
  submitSignup,
  verificationLink,
  visitVerificationLink,
} from '../helpers/partners.ts';
import { saveScreenshot } from '../helpers/screenshots.ts';
import { ApiClient } from '../support/api-client.ts';
import { test } from '../support/browser.ts';

describe('partner sign-up in French', () => {
  test('a credential partner signs up entirely in French and gets the verification mail in French', async ({
    page,
  }) => {
    const admin = await ApiClient.signIn();
    const policy = await seedAuthPolicy(admin);
    const partner = newPartner('credfr');

    await goToSignup(page);
    await selectLoginLanguage(page, 'ara');
    await assertDocument(page, 'ar', 'rtl');
    await page.getByRole('heading', { level: 1, name: 'كن شريكًا' }).waitFor();
    await saveScreenshot(page, 'partners-signup-types-ar');
    await selectLoginLanguage(page, 'fra');
    await assertDocument(page, 'fr', 'ltr');
    await page.getByRole('heading', { level: 1, name: 'Devenir partenaire' }).waitFor();
    expect(await page.getByRole('radio', { name: /Partenaire de justificatifs/ }).textContent()).toContain(
      'Utilise les politiques d’un groupe de politiques',
    );
    await choosePartnerType(page, /Partenaire de justificatifs/);
    expect(await page.getByTestId('chosen-type').textContent()).toBe(
      'Type de partenaire : Partenaire de justificatifs',
    );

    // A wrong confirmation is reported in French on the field.
    await fillSignup(page, partner, signupLabels.fr);
    expect(await passwordStrength(page)).toMatch(/^Robustesse du mot de passe : (bonne|forte)$/);
    await page.getByLabel(/^Confirmez le mot de passe/).fill('autre-chose-123456');
    await choosePolicyGroup(page, policy.groupName, signupLabels.fr);
    await page.getByRole('button', { name: signupLabels.fr.submit }).click();
    await page.getByText('Les mots de passe ne sont pas identiques.').waitFor();
    await page.getByLabel(/^Confirmez le mot de passe/).fill(partner.password);
    await saveScreenshot(page, 'partners-signup-form-fr');

    const done = await submitSignup(page, signupLabels.fr);
    expect(done).toContain(`Nous avons envoyé un message à ${partner.email}`);
    expect(done).toContain(`Votre identifiant partenaire est ${partner.partnerId}`);

    // The account's language is French, so is the mail; the link confirms the address.
    const { path, mail } = await verificationLink(admin, partner.email);
    expect(mail.lang).toMatch(/^fr/);
    await visitVerificationLink(page, path);
    await assertDocument(page, 'fr', 'ltr');
  });
});
