import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { containsPattern, parsePaging } from './paging.ts';

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.problems.map((p) => p.code);
    throw error;
  }
  return [];
}

const fields = ['name', 'createdDateTime'] as const;

describe('parsePaging', () => {
  it('defaults to the first page', () => {
    expect(parsePaging({}, fields)).toEqual({ pageNo: 0, pageSize: 10 });
  });
  it('accepts a full, case-insensitive sort', () => {
    expect(
      parsePaging({ pageNo: '2', pageSize: '5', sortFieldName: 'name', sortType: 'DESC' }, fields),
    ).toEqual({
      pageNo: 2,
      pageSize: 5,
      sort: { field: 'name', type: 'desc' },
    });
  });
  it('answers each MOSIP rule with its code', () => {
    expect(codesOf(() => parsePaging({ pageNo: '0' }, fields))).toEqual(['PMS_PS_ERROR_006']);
    expect(codesOf(() => parsePaging({ pageNo: '0', pageSize: '1', sortType: 'asc' }, fields))).toEqual([
      'PMS_PS_ERROR_007',
    ]);
    expect(codesOf(() => parsePaging({ sortFieldName: 'name', sortType: 'asc' }, fields))).toEqual([
      'PMS_PS_ERROR_008',
    ]);
    expect(
      codesOf(() =>
        parsePaging({ pageNo: '-1', pageSize: '0', sortFieldName: 'password', sortType: 'up' }, fields),
      ),
    ).toEqual(['PMS_PRT_357', 'PMS_PRT_358', 'PMS_PRT_360', 'PMS_PRT_361']);
    expect(codesOf(() => parsePaging({ pageNo: '1.5', pageSize: '10000' }, fields))).toEqual([
      'PMS_PRT_360',
      'PMS_PRT_361',
    ]);
  });
});

describe('containsPattern', () => {
  it('escapes SQL wildcards', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
