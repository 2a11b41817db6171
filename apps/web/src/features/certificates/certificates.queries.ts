import type {
  originalCertificateResponseSchema,
  PartnerCertificateSummary,
  PartnerCertificateUploadRequest,
  partnerCertificateResponseSchema,
  partnerCertificateUploadResponseSchema,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

const BASE = '/v1/partnermanager';

export type OriginalCertificates = z.infer<typeof originalCertificateResponseSchema>;
export type PartnerCertificateUploadResponse = z.infer<typeof partnerCertificateUploadResponseSchema>;

export const certificateKeys = {
  all: ['partner-certificates'] as const,
  summaries: () => [...certificateKeys.all, 'summaries'] as const,
  data: (partnerId: string) => [...certificateKeys.all, 'data', partnerId] as const,
};

/** One summary per partner of the caller. */
export const partnerCertificatesQuery = queryOptions({
  queryKey: certificateKeys.summaries(),
  queryFn: ({ signal }) =>
    api<PartnerCertificateSummary[]>(`${BASE}/partners/partner-certificates-details`, { signal }),
});

/** The original and the PMS-issued certificate of one partner (expired ones come back empty). */
export const certificateDataQuery = (partnerId: string) =>
  queryOptions({
    queryKey: certificateKeys.data(partnerId),
    queryFn: ({ signal }) =>
      api<OriginalCertificates>(`${BASE}/partners/${encodeURIComponent(partnerId)}/certificate-data`, {
        signal,
      }),
  });

/** The PMS-issued certificate through the older endpoint (used when the new one refuses). */
export function fetchSignedCertificate(partnerId: string) {
  return api<z.infer<typeof partnerCertificateResponseSchema>>(
    `${BASE}/partners/${encodeURIComponent(partnerId)}/certificate`,
  );
}

export function useUploadPartnerCertificate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerCertificateUploadRequest) =>
      api<PartnerCertificateUploadResponse>(`${BASE}/partners/certificate/upload`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: certificateKeys.all }),
  });
}
