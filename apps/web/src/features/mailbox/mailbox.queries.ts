import type { Mail, MailSummary, Page } from '@pms/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ListParams } from '../../hooks/use-list-params.ts';

export const mailboxKeys = {
  all: ['mailbox'] as const,
  list: () => [...mailboxKeys.all, 'list'] as const,
  mail: (id: string) => [...mailboxKeys.all, 'mail', id] as const,
};

export function fetchMails(params: ListParams, signal: AbortSignal) {
  return api<Page<MailSummary>>('/v1/partnermanager/mailbox', {
    query: {
      pageNo: params.pageNo,
      pageSize: params.pageSize,
      sortFieldName: params.sortFieldName,
      sortType: params.sortType,
      ...params.filters,
    },
    signal,
  });
}

export const mailQuery = (id: string) =>
  queryOptions({
    queryKey: mailboxKeys.mail(id),
    queryFn: ({ signal }) => api<Mail>(`/v1/partnermanager/mailbox/${encodeURIComponent(id)}`, { signal }),
  });
