import type { BenchScenario } from '../scenario.ts';

/** Sign-in (argon2id-bound by design), who-am-I (session lookup), and one paged list. */
export const platformScenario: BenchScenario = {
  name: 'platform',
  requests: [
    {
      title: 'login (useridPwd)',
      method: 'POST',
      path: '/v1/authmanager/authenticate/useridPwd',
      request: { userName: 'admin', password: 'Bench-admin-password-1' },
      authenticated: false,
    },
    { title: 'validateToken', method: 'GET', path: '/v1/authmanager/authorize/admin/validateToken' },
    {
      title: 'audit events page (sorted)',
      method: 'GET',
      path: '/v1/partnermanager/audit-events?pageNo=0&pageSize=20&sortFieldName=occurredAt&sortType=desc',
    },
  ],
};
