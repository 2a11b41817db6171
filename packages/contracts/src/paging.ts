import { z } from 'zod';

/** Largest page a list endpoint serves; larger requests answer PMS_PRT_361. */
export const MAX_PAGE_SIZE = 500;

/**
 * Paging and sorting query of MOSIP's revamp list endpoints. Values arrive as strings; the cross-field
 * rules (which parameters must come together, known sort fields) are checked by the API's paging helper
 * so that each rule answers its own MOSIP code.
 */
export const pagingQuerySchema = z.object({
  pageNo: z.string().max(9).optional(),
  pageSize: z.string().max(9).optional(),
  sortFieldName: z.string().max(64).optional(),
  sortType: z.string().max(8).optional(),
});
export type PagingQuery = z.infer<typeof pagingQuerySchema>;

/** The paged answer of every list endpoint. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    pageNo: z.number().int(),
    pageSize: z.number().int(),
    totalResults: z.number().int(),
    data: z.array(item),
  });
}

export interface Page<T> {
  pageNo: number;
  pageSize: number;
  totalResults: number;
  data: T[];
}

export type SortType = 'asc' | 'desc';
