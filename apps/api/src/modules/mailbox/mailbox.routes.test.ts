import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type SeededUser, useTestApp } from '../../../test/app.ts';
import { newId } from '../../lib/ids.ts';
import { queueMail } from '../../platform/outbox/outbox.ts';

const BOX = '/v1/partnermanager/mailbox';

interface Listed {
  totalResults: number;
  data: { id: string; to: string; template: string; subject: string; text?: string }[];
}

describe('mailbox API', () => {
  const t = useTestApp();
  let admin: SeededUser;
  const tag = newId().slice(0, 8);
  const template = `tmpl_${tag}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    admin = await t.current.createUser(['PARTNER_ADMIN']);
    const seed = [
      { key: 'ana', to: `ana.${tag}@example.org`, template },
      { key: 'ben', to: `ben.${tag}@example.org`, template: `${template}_other` },
      { key: 'pct', to: `100%_${tag}@example.org`, template },
    ];
    for (const s of seed) {
      ids[s.key] = await t.current.db.transaction((tx) =>
        queueMail(tx, {
          to: s.to,
          subject: `Subject ${s.key}`,
          text: `Reset link for ${s.key}`,
          lang: 'eng',
          template: s.template,
        }),
      );
    }
  });

  async function list(query: Record<string, string>): Promise<Listed> {
    const res = await t.current.call({ method: 'GET', url: BOX, query, as: admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ response: Listed }>().response;
  }

  it('lists mails newest first, filtered by recipient (contains) and template (exact)', async () => {
    const all = await list({ to: tag });
    expect(all.totalResults).toBe(3);
    expect(all.data.map((m) => m.id)).toEqual([ids.pct, ids.ben, ids.ana]);
    expect(all.data[0]).not.toHaveProperty('text');
    expect((await list({ template })).data.map((m) => m.id)).toEqual([ids.pct, ids.ana]);
    expect((await list({ to: `ANA.${tag}` })).data.map((m) => m.id)).toEqual([ids.ana]);
    // `%` and `_` are taken literally: only the address that really contains "100%_" matches.
    expect((await list({ to: '100%_' })).data.map((m) => m.id)).toEqual([ids.pct]);
    expect((await list({ to: `%${tag}` })).totalResults).toBe(0);
    const sorted = await list({ to: tag, pageNo: '0', pageSize: '2', sortFieldName: 'to', sortType: 'asc' });
    expect(sorted.data.map((m) => m.id)).toEqual([ids.pct, ids.ana]);
  });

  it('shows one mail with its text', async () => {
    const res = await t.current.call({ method: 'GET', url: `${BOX}/${ids.ana}`, as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.json().response).toMatchObject({
      id: ids.ana,
      to: `ana.${tag}@example.org`,
      subject: 'Subject ana',
      text: 'Reset link for ana',
      template,
      sentAt: null,
    });
    const missing = await t.current.call({ method: 'GET', url: `${BOX}/${newId()}`, as: admin });
    expect(missing.statusCode).toBe(404);
    expect(errorCodes(missing)).toEqual(['PMS_MBX_001']);
  });

  it('refuses unknown sort fields and bad paging', async () => {
    const res = await t.current.call({
      method: 'GET',
      url: BOX,
      query: { pageNo: '0', pageSize: '5', sortFieldName: 'text', sortType: 'asc' },
      as: admin,
    });
    expect(res.statusCode).toBe(400);
    expect(errorCodes(res)).toEqual(['PMS_PRT_357']);
  });

  it('answers 401 without a token and 403 to non-admin roles', async () => {
    const partner = await t.current.createUser(['AUTH_PARTNER']);
    const policyManager = await t.current.createUser(['POLICYMANAGER']);
    for (const url of [BOX, `${BOX}/${ids.ana}`]) {
      expect((await t.current.call({ method: 'GET', url })).statusCode).toBe(401);
      for (const user of [partner, policyManager]) {
        const denied = await t.current.call({ method: 'GET', url, as: user });
        expect(denied.statusCode).toBe(403);
        expect(errorCodes(denied)).toEqual(['KER-ATH-403']);
      }
    }
  });
});
