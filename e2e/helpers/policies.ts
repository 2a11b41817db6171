import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ApiClient } from '../support/api-client.ts';
import { seriousViolations } from '../support/axe.ts';
import { assertPage } from './page.ts';

/** Policy manager screens: policy groups (/policy-groups) and policies (/policies). */

/**
 * axe on the page as it is now (an open dialog, the editor with its error marks). `assertPage` checks
 * each path once, on arrival; the states reached later on the same path are checked here.
 */
export async function assertAccessibleNow(page: Page, what: string): Promise<void> {
  const text = await seriousViolations(page);
  expect(text, `axe on ${what}`).toEqual([]);
}

// ---- seeding through the API ---------------------------------------------------------------------

export async function seedPolicyGroup(api: ApiClient, name: string, desc = `${name} description`) {
  return api.call<{ id: string; name: string }>('POST', '/v1/policymanager/policies/group/new', {
    name,
    desc,
  });
}

// ---- policy groups -------------------------------------------------------------------------------

export async function goToPolicyGroups(page: Page, search = ''): Promise<void> {
  await page.goto(`/policy-groups${search}`);
  await assertPage(page, /Policy groups|مجموعات السياسات|Groupes de politiques/);
}

export async function clickCreatePolicyGroup(page: Page): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('link', { name: /Create policy group|إنشاء مجموعة سياسات/ })
    .click();
  await assertPage(page, /Create policy group|إنشاء مجموعة سياسات/);
}

export async function fillPolicyGroupForm(page: Page, input: { name: string; desc: string }): Promise<void> {
  await page.getByRole('textbox', { name: /Policy group name|اسم مجموعة السياسات/ }).fill(input.name);
  await page.getByRole('textbox', { name: /Policy group description|وصف مجموعة السياسات/ }).fill(input.desc);
}

/** Submits the create form; lands on the new group's page (its name is the heading). */
export async function clickSubmitPolicyGroup(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^(Create policy group|إنشاء مجموعة سياسات)$/ }).click();
  await assertPage(page, name);
}

export async function goToPolicyGroup(page: Page, id: string, name: string): Promise<void> {
  await page.goto(`/policy-groups/${id}`);
  await assertPage(page, name);
}

export async function clickDeactivateGroup(page: Page): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('button', { name: /^(Deactivate|إلغاء التفعيل)$/ })
    .click();
  await page.getByRole('dialog').waitFor();
}

/** Confirms the deactivation dialog (the confirm button has the action's name). */
export async function clickConfirm(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name }).click();
}

export async function assertGroupRefused(page: Page, reason: string, counts: RegExp): Promise<Locator> {
  const refused = page.getByTestId('group-deactivate-refused');
  await refused.waitFor();
  await expect.poll(() => refused.getByRole('alert').textContent()).toBe(reason);
  await expect.poll(() => refused.textContent()).toMatch(counts);
  return refused;
}

/** The status badge under the page heading. */
export async function assertHeaderStatus(page: Page, status: string): Promise<void> {
  const header = page.getByRole('main').locator('h1').locator('xpath=..');
  await expect.poll(() => header.textContent()).toContain(status);
}

// ---- policies ------------------------------------------------------------------------------------

export async function goToPolicies(page: Page, search = ''): Promise<void> {
  await page.goto(`/policies${search}`);
  await assertPage(page, /^(Policies|السياسات|Politiques)$/);
}

/** The names in the policies table. */
export async function policyNames(page: Page): Promise<string[]> {
  const table = page.getByTestId('table-policies');
  await table.locator('tbody tr').first().waitFor();
  await expect.poll(() => table.getAttribute('aria-busy')).not.toBe('true');
  return (await table.locator('tbody tr td:first-child a').allInnerTexts()).map((s) => s.trim());
}

export async function clickCreatePolicyFromGroup(page: Page): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('link', { name: /^(Create policy|إنشاء سياسة)$/ })
    .click();
  await assertPage(page, /Create policy|إنشاء سياسة/);
}

/** Picks an option of a Mantine Select by its label. */
export async function selectOption(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function fillPolicyDetails(page: Page, input: { name: string; desc: string }): Promise<void> {
  await page.getByRole('textbox', { name: /Policy name|اسم السياسة/ }).fill(input.name);
  await page.getByRole('textbox', { name: /Policy description|وصف السياسة/ }).fill(input.desc);
}

export async function clickDocumentTab(
  page: Page,
  name: 'Structured editor' | 'JSON' | string,
): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Structured Auth editor: one allowed authentication type row (1-based). */
export async function fillAuthTypeRow(
  page: Page,
  n: number,
  row: { authType: string; authSubType?: string; mandatory?: boolean },
): Promise<void> {
  const editor = page.getByTestId('auth-policy-editor');
  await editor.getByLabel(`Authentication type, row ${n}`, { exact: true }).fill(row.authType);
  await page.keyboard.press('Escape');
  if (row.authSubType !== undefined) {
    await editor.getByLabel(`Sub-type, row ${n}`, { exact: true }).fill(row.authSubType);
    await page.keyboard.press('Escape');
  }
  if (row.mandatory !== undefined) {
    await editor.getByRole('switch', { name: `Mandatory, row ${n}` }).setChecked(row.mandatory);
  }
}

export async function clickAddAuthType(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add authentication type' }).click();
}

export async function addKycAttribute(page: Page, attribute: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Allowed KYC attributes' }).click();
  await page.getByRole('option', { name: attribute, exact: true }).click();
  await page.keyboard.press('Escape');
}

function jsonEditor(page: Page): Locator {
  return page.getByTestId('policy-json-editor');
}

/** The text of the CodeMirror JSON editor. */
export async function editorText(page: Page): Promise<string> {
  const editor = jsonEditor(page);
  await editor.waitFor();
  return editor.evaluate((el) =>
    Array.from(el.querySelectorAll('.cm-line'))
      .map((line) => line.textContent ?? '')
      .join('\n'),
  );
}

/** Replaces the JSON editor's text (as pasting would). */
export async function fillJsonEditor(page: Page, text: string): Promise<void> {
  const editor = jsonEditor(page);
  await editor.waitFor();
  await editor.fill(text);
}

/** Loads a .json file through the drop zone (as choosing it in the file dialog would). */
export async function uploadPolicyFile(page: Page, name: string, content: string): Promise<void> {
  await page
    .getByTestId('file-drop-zone')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

export async function clickSaveDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Save as draft|حفظ كمسودة)$/ }).click();
}

/** Saves and lands on the new policy's page. */
export async function clickSaveDraftAndOpen(page: Page, name: string): Promise<string> {
  await clickSaveDraft(page);
  await assertPage(page, name);
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The start of a policy-document error message, up to and including the JSON path it names. */
export function messageUpToPath(message: string, path: string): string {
  const at = message.indexOf(` ${path} `);
  return at === -1 ? message : message.slice(0, at + path.length + 2);
}

/** The problems listed next to the editor. */
export async function documentProblems(page: Page): Promise<string[]> {
  const list = page.getByTestId('policy-document-problems');
  await list.waitFor();
  return (await list.getByRole('listitem').allInnerTexts()).map((s) => s.trim());
}

/** Number of error marks CodeMirror shows in the text. */
export async function editorErrorMarks(page: Page): Promise<number> {
  return jsonEditor(page).locator('.cm-lintRange-error').count();
}

export async function clickPolicyAction(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('main').getByRole('button', { name }).first().click();
}

export async function clonePolicyInto(page: Page, group: string): Promise<void> {
  await clickPolicyAction(page, /^(Clone|استنساخ)$/);
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await assertAccessibleNow(page, 'the clone dialog');
  await dialog.getByRole('combobox', { name: /Policy group|مجموعة السياسات/ }).click();
  await page.getByRole('option', { name: group, exact: true }).click();
  await dialog.getByRole('button', { name: /^(Continue|متابعة)$/ }).click();
  await assertPage(page, /Clone policy|استنساخ السياسة/);
}

export async function policyDocumentText(page: Page): Promise<string> {
  return (await page.getByTestId('policy-document').textContent()) ?? '';
}

export async function historyRows(page: Page): Promise<string[]> {
  const table = page.getByTestId('policy-history');
  await table.waitFor();
  return (await table.locator('tbody tr').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

export { ApiClient };
