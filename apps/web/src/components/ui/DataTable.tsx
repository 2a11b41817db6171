import {
  Alert,
  Box,
  Button,
  Checkbox,
  CloseButton,
  Group,
  LoadingOverlay,
  NativeSelect,
  Pagination,
  Popover,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback, useLocalStorage } from '@mantine/hooks';
import type { Page } from '@pms/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { type ListParams, useListParams } from '../../hooks/use-list-params.ts';
import { useFormat } from '../../i18n/format.ts';

export interface DataColumn<T> {
  id: string;
  /** Translated header text. */
  header: string;
  cell: (row: T) => ReactNode;
  /** The server's sort alias; the header becomes a sort button when set. */
  sortField?: string;
  /** Can be hidden with the column chooser (default true). */
  hideable?: boolean;
  defaultHidden?: boolean;
}

export interface DataFilter {
  /** Query parameter name sent to the API and kept in the URL. */
  name: string;
  label: string;
  /** Free text (server matches "contains") or a fixed choice. */
  options?: { value: string; label: string }[];
  /** Input type of a free-text filter (`datetime-local` for time ranges); default text. */
  inputType?: 'text' | 'datetime-local' | 'date';
}

export interface DataTableProps<T> {
  /** Stable id (column choice is remembered per table). */
  id: string;
  /** Accessible name of the table. */
  caption: string;
  queryKey: readonly unknown[];
  fetchPage: (params: ListParams, signal: AbortSignal) => Promise<Page<T>>;
  columns: DataColumn<T>[];
  filters?: DataFilter[];
  rowKey: (row: T) => string;
  defaultSort?: { field: string; type: 'asc' | 'desc' };
  pageSizes?: number[];
  emptyText?: string;
}

function SortButton({
  label,
  state,
  onSort,
}: {
  label: string;
  state: 'asc' | 'desc' | undefined;
  onSort: (type: 'asc' | 'desc') => void;
}) {
  const { t } = useTranslation();
  const next = state === 'asc' ? 'desc' : 'asc';
  return (
    <UnstyledButton
      onClick={() => onSort(next)}
      aria-label={t(next === 'asc' ? 'common.table.sort_ascending' : 'common.table.sort_descending', {
        column: label,
      })}
      style={{ fontWeight: 700, display: 'inline-flex', gap: 4 }}
    >
      <span>{label}</span>
      <span aria-hidden="true">{state === 'asc' ? '▲' : state === 'desc' ? '▼' : '↕'}</span>
    </UnstyledButton>
  );
}

function FilterInput({
  filter,
  value,
  onChange,
}: {
  filter: DataFilter;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const push = useDebouncedCallback(onChange, 350);
  if (filter.options) {
    return (
      <NativeSelect
        label={filter.label}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={[{ value: '', label: '—' }, ...filter.options]}
        size="sm"
      />
    );
  }
  return (
    <TextInput
      label={filter.label}
      type={filter.inputType ?? 'text'}
      value={text}
      size="sm"
      onChange={(e) => {
        setText(e.currentTarget.value);
        push(e.currentTarget.value);
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('common.table.clear_filters')}
            onClick={() => {
              setText('');
              onChange('');
            }}
          />
        ) : null
      }
    />
  );
}

/**
 * Server-side list bound to a MOSIP paged endpoint: `pageNo` (0-based), `pageSize`, `sortFieldName`,
 * `sortType` and filters, all kept in the URL. Loading, empty and error states, a column chooser, and
 * only native buttons and links, so everything works from the keyboard.
 */
export function DataTable<T>({
  id,
  caption,
  queryKey,
  fetchPage,
  columns,
  filters = [],
  rowKey,
  defaultSort,
  pageSizes = [10, 20, 50, 100],
  emptyText,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update } = useListParams(
    filters.map((f) => f.name),
    {
      pageSize: pageSizes[0] ?? 10,
      sortFieldName: defaultSort?.field,
      sortType: defaultSort?.type,
    },
  );
  const [hidden, setHidden] = useLocalStorage<string[]>({
    key: `pms.table.${id}.hidden`,
    defaultValue: columns.filter((c) => c.defaultHidden).map((c) => c.id),
  });
  const query = useQuery({
    queryKey: [...queryKey, params],
    queryFn: ({ signal }) => fetchPage(params, signal),
    placeholderData: keepPreviousData,
  });

  const visible = columns.filter((c) => c.hideable === false || !hidden.includes(c.id));
  const page = query.data;
  const total = page?.totalResults ?? 0;
  const pages = Math.max(1, Math.ceil(total / params.pageSize));
  const from = total === 0 ? 0 : params.pageNo * params.pageSize + 1;
  const to = Math.min(total, (params.pageNo + 1) * params.pageSize);
  const filtered = Object.keys(params.filters).length > 0;

  return (
    <Stack gap="sm" data-testid={`table-${id}`}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" gap="sm" wrap="wrap">
          {filters.map((f) => (
            <FilterInput
              key={f.name}
              filter={f}
              value={params.filters[f.name] ?? ''}
              onChange={(value) => update({ [f.name]: value, pageNo: undefined }, { replace: true })}
            />
          ))}
          {filtered ? (
            <Button
              variant="subtle"
              size="sm"
              onClick={() => update(Object.fromEntries(filters.map((f) => [f.name, undefined])))}
            >
              {t('common.table.clear_filters')}
            </Button>
          ) : null}
        </Group>
        <Popover position="bottom-end" shadow="md" trapFocus returnFocus>
          <Popover.Target>
            <Button variant="default" size="sm">
              {t('common.table.columns')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Checkbox.Group
              label={t('common.table.choose_columns')}
              value={visible.map((c) => c.id)}
              onChange={(ids) => setHidden(columns.filter((c) => !ids.includes(c.id)).map((c) => c.id))}
            >
              <Stack gap={6} mt="xs">
                {columns.map((c) => (
                  <Checkbox key={c.id} value={c.id} label={c.header} disabled={c.hideable === false} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Popover.Dropdown>
        </Popover>
      </Group>

      {query.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('common.table.load_error')}>
          <Group justify="space-between">
            <Text size="sm">{errorText(query.error, t)}</Text>
            <Button size="xs" variant="default" onClick={() => void query.refetch()}>
              {t('common.actions.retry')}
            </Button>
          </Group>
        </Alert>
      ) : null}

      <Box pos="relative" style={{ overflowX: 'auto' }}>
        <LoadingOverlay visible={query.isFetching} zIndex={5} overlayProps={{ blur: 1 }} />
        <Table striped highlightOnHover aria-busy={query.isFetching} verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }} className="pms-visually-hidden">
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {visible.map((c) => {
                const state =
                  c.sortField && params.sortFieldName === c.sortField ? params.sortType : undefined;
                return (
                  <Table.Th
                    key={c.id}
                    scope="col"
                    aria-sort={
                      c.sortField
                        ? state === 'asc'
                          ? 'ascending'
                          : state === 'desc'
                            ? 'descending'
                            : 'none'
                        : undefined
                    }
                  >
                    {c.sortField ? (
                      <SortButton
                        label={c.header}
                        state={state}
                        onSort={(type) =>
                          update({ sortFieldName: c.sortField, sortType: type, pageNo: undefined })
                        }
                      />
                    ) : (
                      c.header
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page && page.data.length > 0
              ? page.data.map((row) => (
                  <Table.Tr key={rowKey(row)}>
                    {visible.map((c) => (
                      <Table.Td key={c.id}>{c.cell(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : null}
            {page && page.data.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={visible.length}>
                  <Text c="dimmed" ta="center" py="lg">
                    {filtered ? t('common.table.no_results') : (emptyText ?? t('common.table.empty'))}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {!page && query.isPending ? (
              <Table.Tr>
                <Table.Td colSpan={visible.length}>
                  <Text c="dimmed" ta="center" py="lg" role="status">
                    {t('common.loading')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
      </Box>

      <Group justify="space-between" wrap="wrap">
        <Text size="sm" aria-live="polite">
          {t('common.table.range', {
            from: format.number(from),
            to: format.number(to),
            total: format.number(total),
          })}
        </Text>
        <Group gap="md" wrap="wrap">
          <NativeSelect
            label={t('common.table.page_size')}
            size="xs"
            value={String(params.pageSize)}
            onChange={(e) => update({ pageSize: e.currentTarget.value, pageNo: undefined })}
            data={pageSizes.map((n) => String(n))}
            styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
          />
          <nav aria-label={t('common.table.pagination')}>
            <Pagination
              total={pages}
              value={params.pageNo + 1}
              onChange={(n) => update({ pageNo: n - 1 === 0 ? undefined : n - 1 })}
              size="sm"
              getItemProps={(n) => ({ 'aria-label': t('common.table.page_n', { page: n }) })}
              getControlProps={(control) =>
                control === 'previous'
                  ? { 'aria-label': t('common.table.previous_page') }
                  : control === 'next'
                    ? { 'aria-label': t('common.table.next_page') }
                    : {}
              }
            />
          </nav>
        </Group>
      </Group>
    </Stack>
  );
}
