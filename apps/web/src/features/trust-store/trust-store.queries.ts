import type {
  CaCertificateUploadRequest,
  CaCertificateUploadResponse,
  certificateFileResponseSchema,
  TrustCertificate,
  trustCertificateDetailSchema,
} from '@pms/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { fetchPage } from '../../api/list.ts';

const BASE = '/v1/partnermanager';
const certPath = (id: string) => `${BASE}/trust-chain-certificates/${encodeURIComponent(id)}`;

export type TrustCertificateDetail = z.infer<typeof trustCertificateDetailSchema>;

export const trustStoreKeys = {
  all: ['trust-store'] as const,
  list: () => [...trustStoreKeys.all, 'list'] as const,
  detail: (id: string) => [...trustStoreKeys.all, 'detail', id] as const,
  chain: (id: string) => [...trustStoreKeys.all, 'chain', id] as const,
};

export const fetchTrustCertificates = fetchPage<TrustCertificate>(`${BASE}/trust-chain-certificates`);

export const trustCertificateQuery = (id: string) =>
  queryOptions({
    queryKey: trustStoreKeys.detail(id),
    queryFn: ({ signal }) => api<TrustCertificateDetail>(certPath(id), { signal }),
  });

/** Longest chain walked (a loop in bad data must not spin forever). */
const MAX_CHAIN = 10;

/** The certificate's path up to its root, walked through `issuerCertId` (first item: the certificate). */
export const trustChainQuery = (id: string) =>
  queryOptions({
    queryKey: trustStoreKeys.chain(id),
    queryFn: async ({ signal }) => {
      const chain: TrustCertificate[] = [];
      let next: string | null = id;
      while (next && chain.length < MAX_CHAIN && !chain.some((c) => c.certId === next)) {
        const cert: TrustCertificate = await api<TrustCertificateDetail>(certPath(next), { signal });
        chain.push(cert);
        next = cert.issuerCertId;
      }
      return chain;
    },
  });

export function fetchCertificateFile(id: string) {
  return api<z.infer<typeof certificateFileResponseSchema>>(`${certPath(id)}/certificateFile`);
}

export function useUploadCaCertificates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CaCertificateUploadRequest) =>
      api<CaCertificateUploadResponse>(`${BASE}/partners/certificate/ca/upload`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: trustStoreKeys.all }),
  });
}

export function useRevokeCaCertificate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<TrustCertificate>(`${certPath(id)}/revoke`, { method: 'PATCH', body: { reason } }),
    onSuccess: () => client.invalidateQueries({ queryKey: trustStoreKeys.all }),
  });
}
