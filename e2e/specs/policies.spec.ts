import { errorMessage } from '@pms/phrases';
import { describe, expect } from 'vitest';
import { signInAs, signInAsAdmin } from '../helpers/auth.ts';
import { assertDocument, assertPage, assertPath } from '../helpers/page.ts';
import {
  ApiClient,
  addKycAttribute,
  assertAccessibleNow,
  assertGroupRefused,
  assertHeaderStatus,
  clickAddAuthType,
  clickConfirm,
  clickCreatePolicyFromGroup,
  clickCreatePolicyGroup,
  clickDeactivateGroup,
  clickDocumentTab,
  clickPolicyAction,
  clickSaveDraft,
  clickSaveDraftAndOpen,
  clickSubmitPolicyGroup,
  clonePolicyInto,
  documentProblems,
  editorErrorMarks,
  editorText,
  fillAuthTypeRow,
  fillJsonEditor,
  fillPolicyDetails,
  fillPolicyGroupForm,
  goToPolicies,
  goToPolicyGroup,
  goToPolicyGroups,
  historyRows,
  messageUpToPath,
  policyDocumentText,
  policyNames,
  seedPolicyGroup,
  selectOption,
  uploadPolicyFile,
} from '../helpers/policies.ts';
import { saveScreenshot } from '../helpers/screenshots.ts';
import { dashboardCards, selectLanguage } from '../helpers/shell.ts';
import { seedUser, uniqueName } from '../support/api-client.ts';
import { test } from '../support/browser.ts';

const dataSharePolicy = {
  shareableAttributes: [
    { attributeName: 'fullName', source: [{ attribute: 'fullName' }], encrypted: false },
    {
      attributeName: 'dateOfBirth',
      source: [{ attribute: 'dateOfBirth' }],
      encrypted: false,
      format: 'YYYY',
    },
  ],
  dataSharePolicies: {
    typeOfShare: 'Data Share',
    validForInMinutes: '30',
    transactionsAllowed: '2',
    encryptionType: 'none',
    shareDomain: 'datashare-service',
    source: 'ID Repository',
  },
};

describe('Policy manager', () => {
  test('writes an Auth policy, publishes it, clones it as a DataShare policy, and retires a group', async ({
    page,
  }) => {
    const manager = await seedUser({
      prefix: 'polman',
      role: 'POLICYMANAGER',
      firstName: 'Noor',
      lastName: 'Haddad',
    });
    const api = await ApiClient.signIn(manager.userName, manager.password);
    const shareGroup = await seedPolicyGroup(api, uniqueName('DataShare group '));

    // A policy manager (POLICYMANAGER only) sees the two capabilities on the dashboard.
    await signInAs(page, manager.userName, manager.password, 'Welcome, Noor Haddad');
    expect(await dashboardCards(page)).toEqual(expect.arrayContaining(['Policy groups', 'Policies']));

    // Create a group.
    const groupName = uniqueName('Auth group ');
    await goToPolicyGroups(page);
    await clickCreatePolicyGroup(page);
    await fillPolicyGroupForm(page, { name: groupName, desc: 'Partners of the authentication services' });
    await clickSubmitPolicyGroup(page, groupName);
    await assertHeaderStatus(page, 'Active');
    await saveScreenshot(page, 'policy-group-en');

    // Write an Auth policy with the structured editor.
    await clickCreatePolicyFromGroup(page);
    const policyName = uniqueName('KYC with fingerprint ');
    await fillPolicyDetails(page, {
      name: policyName,
      desc: 'OTP or fingerprint, with e-KYC of name and gender',
    });
    await selectOption(page, 'Authentication token type', 'Random');
    await clickAddAuthType(page);
    await fillAuthTypeRow(page, 2, { authType: 'bio', authSubType: 'FINGER', mandatory: true });
    await addKycAttribute(page, 'gender');
    await saveScreenshot(page, 'policy-create-structured-en');
    await assertAccessibleNow(page, 'the structured Auth editor');

    // The JSON view shows the same document; editing the JSON shows in the structured view.
    await clickDocumentTab(page, 'JSON');
    const written = JSON.parse(await editorText(page));
    expect(written).toEqual({
      authTokenType: 'random',
      allowedAuthTypes: [
        { authType: 'otp', authSubType: '', mandatory: false },
        { authType: 'bio', authSubType: 'FINGER', mandatory: true },
      ],
      allowedKycAttributes: [{ attributeName: 'fullName' }, { attributeName: 'gender' }],
    });
    await fillJsonEditor(page, JSON.stringify({ ...written, kycLanguages: ['eng', 'ara'] }, null, 2));
    await clickDocumentTab(page, 'Structured editor');
    const languages = page.getByTestId('auth-policy-editor').getByLabel('KYC languages', { exact: true });
    await expect.poll(() => languages.locator('xpath=..').textContent()).toMatch(/eng.*ara/);
    await expect.poll(() => page.getByLabel('Sub-type, row 2', { exact: true }).inputValue()).toBe('FINGER');

    const authPolicyId = await clickSaveDraftAndOpen(page, policyName);
    await assertHeaderStatus(page, 'Draft');
    expect(JSON.parse(await policyDocumentText(page)).kycLanguages).toEqual(['eng', 'ara']);
    expect(await historyRows(page)).toEqual([expect.stringContaining('Created as draft')]);

    // Publish: the confirmation says it becomes immutable.
    await clickPolicyAction(page, 'Publish');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('can no longer be edited');
    await assertAccessibleNow(page, 'the publish dialog');
    await clickConfirm(page, 'Publish');
    await assertHeaderStatus(page, 'Activated');
    await expect.poll(() => page.getByRole('main').getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await expect.poll(async () => (await historyRows(page)).length).toBe(2);
    await saveScreenshot(page, 'policy-view-en');

    // Clone into the DataShare group and turn it into a DataShare policy.
    await clonePolicyInto(page, shareGroup.name);
    await expect.poll(() => page.getByTestId('clone-notice').textContent()).toContain(shareGroup.name);
    await selectOption(page, 'Policy type', 'Data share');
    await clickSaveDraft(page);
    // The Auth document breaks the DataShare schema: the server's errors are listed and marked in the editor.
    const problems = await documentProblems(page);
    // Each problem names the line of its JSON path in the editor's text.
    const lines = (await editorText(page)).split('\n');
    const authTokenLine = lines.findIndex((l) => l.includes('"authTokenType"')) + 1;
    expect(authTokenLine).toBeGreaterThan(1);
    expect(problems).toEqual(
      expect.arrayContaining([
        `Line 1: ${errorMessage('PMS_PV_006', 'eng', { path: 'dataSharePolicies' })}`,
        expect.stringMatching(
          new RegExp(
            `^Line ${authTokenLine}: ${messageUpToPath(errorMessage('PMS_PV_005', 'eng', { path: 'authTokenType' }), 'authTokenType')}`,
          ),
        ),
      ]),
    );
    await expect.poll(() => editorErrorMarks(page)).toBeGreaterThan(0);
    await assertPath(page, '/policies/new');
    await saveScreenshot(page, 'policy-schema-errors-en');
    await assertAccessibleNow(page, 'the JSON editor with schema errors');

    // A syntax error is caught before anything is sent.
    await fillJsonEditor(page, '{ "shareableAttributes": [ }');
    expect((await documentProblems(page))[0]).toMatch(/^Line 1: This is not valid JSON/);

    // Load the DataShare document from a .json file: it replaces the text, pretty-printed.
    await uploadPolicyFile(page, 'datashare-policy.json', JSON.stringify(dataSharePolicy));
    await expect.poll(() => page.getByTestId('policy-document-problems').count()).toBe(0);
    expect(JSON.parse(await editorText(page))).toEqual(dataSharePolicy);
    const cloneId = await clickSaveDraftAndOpen(page, policyName);
    expect(cloneId).not.toBe(authPolicyId);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Data share');

    // The copy is a draft: it can be edited.
    await page.getByRole('main').getByRole('link', { name: 'Edit' }).click();
    await assertPage(page, 'Edit draft policy');
    await page
      .getByRole('textbox', { name: /Policy description/ })
      .fill('Name and year of birth, unencrypted');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await assertPage(page, policyName);
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Name and year of birth, unencrypted');

    // The list filters by type and status, and keeps them in the URL.
    await goToPolicies(
      page,
      `?policyType=DataShare&status=draft&policyGroupName=${encodeURIComponent(shareGroup.name)}`,
    );
    expect(await policyNames(page)).toEqual([policyName]);
    await saveScreenshot(page, 'policies-list-en');

    // The DataShare group still holds a draft: deactivation is refused with the server's reason.
    await goToPolicyGroup(page, shareGroup.id, shareGroup.name);
    await clickDeactivateGroup(page);
    await clickConfirm(page, 'Deactivate');
    await assertGroupRefused(
      page,
      errorMessage('PMS_POL_070', 'eng'),
      /Active policies: 0\. Draft policies: 1\./,
    );
    await saveScreenshot(page, 'policy-group-refused-en');
    await assertAccessibleNow(page, 'the refused deactivation dialog');
    await page.getByTestId('group-deactivate-refused').getByRole('button', { name: 'Close' }).click();

    // Retire the Auth group: deactivate its policy first, then the group.
    await page.goto(`/policies/${authPolicyId}`);
    await assertPage(page, policyName);
    await clickPolicyAction(page, 'Deactivate');
    await clickConfirm(page, 'Deactivate');
    await assertHeaderStatus(page, 'Deactivated');
    await page.getByRole('main').getByRole('link', { name: groupName }).click();
    await assertPage(page, groupName);
    await clickDeactivateGroup(page);
    await clickConfirm(page, 'Deactivate');
    await assertHeaderStatus(page, 'Deactivated');
    await goToPolicyGroups(page, `?policyGroupName=${encodeURIComponent(groupName)}&status=deactivated`);
    await expect
      .poll(() => page.getByTestId('table-policy-groups').locator('tbody tr').allInnerTexts())
      .toEqual([expect.stringContaining(groupName)]);

    // Unlike MOSIP, a group can be reactivated.
    await page.getByRole('button', { name: `Reactivate ${groupName}` }).click();
    await clickConfirm(page, 'Reactivate');
    // It leaves the list of deactivated groups.
    await expect
      .poll(() => page.getByTestId('table-policy-groups').getByRole('link', { name: groupName }).count())
      .toBe(0);
  }, 180_000);

  test('in Arabic the screens are right-to-left and the JSON editor reports errors in Arabic', async ({
    page,
  }) => {
    const manager = await seedUser({
      prefix: 'polar',
      role: 'POLICYMANAGER',
      firstName: 'Layla',
      lastName: 'Saleh',
    });
    await signInAs(page, manager.userName, manager.password, 'Welcome, Layla Saleh');
    await selectLanguage(page, 'ara');
    await assertDocument(page, 'ar', 'rtl');

    const groupName = uniqueName('مجموعة ');
    await goToPolicyGroups(page);
    await saveScreenshot(page, 'policy-groups-ar');
    await clickCreatePolicyGroup(page);
    await fillPolicyGroupForm(page, { name: groupName, desc: 'شركاء خدمات المصادقة' });
    await clickSubmitPolicyGroup(page, groupName);
    await assertHeaderStatus(page, 'نشط');

    await clickCreatePolicyFromGroup(page);
    await fillPolicyDetails(page, { name: uniqueName('سياسة '), desc: 'سياسة تجريبية' });
    await saveScreenshot(page, 'policy-create-structured-ar');
    await clickDocumentTab(page, 'JSON');
    // The editor stays left-to-right inside the right-to-left page.
    await expect
      .poll(() => page.getByTestId('policy-json-editor').evaluate((el) => getComputedStyle(el).direction))
      .toBe('ltr');
    await fillJsonEditor(
      page,
      '{ "authTokenType": "policy", "allowedAuthTypes": [], "allowedKycAttributes": [], "x": 1 }',
    );
    await clickSaveDraft(page);
    const arabicProblems = await documentProblems(page);
    expect(arabicProblems).toHaveLength(1);
    expect(
      arabicProblems[0]?.startsWith(
        `السطر 1: ${messageUpToPath(errorMessage('PMS_PV_005', 'ara', { path: 'x' }), 'x')}`,
      ),
    ).toBe(true);
    await saveScreenshot(page, 'policy-schema-errors-ar');
    await assertAccessibleNow(page, 'the Arabic JSON editor with schema errors');

    await goToPolicies(page);
    await saveScreenshot(page, 'policies-list-ar');
  }, 120_000);

  test('the policy history shows each change with who made it, including draft edits', async ({ page }) => {
    const admin = await ApiClient.signIn();
    const group = await seedPolicyGroup(admin, uniqueName('History group '));
    const policy = await admin.call<{ id: string; name: string }>('POST', '/v1/policymanager/policies', {
      policyGroupName: group.name,
      policyType: 'MISP',
      name: uniqueName('Delegation '),
      desc: 'Authentication and KYC delegation',
      version: '1.0',
      policies: {
        allowAuthRequestDelegation: true,
        allowKycRequestDelegation: true,
        allowKeyBindingDelegation: false,
      },
    });
    // Every change, draft edits included, is in the policy's own history.
    await admin.call('PUT', `/v1/policymanager/policies/${policy.id}`, {
      policyGroupName: group.name,
      name: policy.name,
      desc: 'Authentication, KYC and key-binding delegation',
      version: '1.1',
      policies: {
        allowAuthRequestDelegation: true,
        allowKycRequestDelegation: true,
        allowKeyBindingDelegation: true,
      },
    });
    await admin.call('POST', `/v1/policymanager/policies/${policy.id}/group/${group.id}/publish`, {});

    await signInAsAdmin(page);
    await page.goto(`/policies/${policy.id}`);
    await assertPage(page, policy.name);
    await expect
      .poll(() => historyRows(page))
      .toEqual([
        expect.stringMatching(/Created as draft.*Draft.*admin$/),
        expect.stringMatching(/Draft edited.*Draft.*admin$/),
        expect.stringMatching(/Published.*Activated.*admin$/),
      ]);
  });
});
