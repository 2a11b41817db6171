import { Alert, Box, Group, List, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { type PolicyType, policyLimits } from '@pms/contracts';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../components/ui/FileDropZone.tsx';
import { notifySuccess } from '../../components/ui/notify.ts';
import { AuthPolicyEditor } from './AuthPolicyEditor.tsx';
import type { EditorProblem } from './JsonEditor.tsx';
import {
  type DocumentProblem,
  formatDocument,
  lineOf,
  locatePath,
  parseDocumentText,
} from './policy-document.ts';

const JsonEditor = lazy(() => import('./JsonEditor.tsx'));

interface Shown {
  key: string;
  line: number | null;
  message: string;
  editor: EditorProblem | null;
}

/**
 * The policy document of the form: a structured editor (Auth policies) and a JSON editor over the same
 * text, a drop zone for a .json file, and the problems (client JSON syntax, server schema errors per
 * JSON path) listed beside the editor with their line and marked in it.
 */
export function PolicyDocumentField({
  type,
  text,
  onTextChange,
  serverProblems,
}: {
  type: PolicyType;
  text: string;
  onTextChange: (text: string) => void;
  serverProblems: DocumentProblem[];
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const problemsId = useId();
  const structured = type === 'Auth';
  const [tab, setTab] = useState<string | null>(structured ? 'structured' : 'json');
  const activeTab = structured ? tab : 'json';
  const parsed = useMemo(() => parseDocumentText(text), [text]);

  const shown = useMemo<Shown[]>(() => {
    if (!parsed.ok) {
      const message =
        parsed.kind === 'syntax'
          ? t('policies.document.syntax_error', { detail: parsed.detail })
          : t(`policies.document.${parsed.kind}`, { max: Math.round(policyLimits.documentBytes / 1024) });
      const line = parsed.kind === 'syntax' ? lineOf(text, parsed.offset) : null;
      return [
        {
          key: 'client',
          line,
          message,
          editor: { from: parsed.offset, to: parsed.offset + 1, message },
        },
      ];
    }
    return serverProblems.map((p, index) => {
      const place = locatePath(text, p.path);
      return {
        key: `${index}-${p.code}-${p.path.join('.')}`,
        line: place ? place.line : null,
        message: p.message,
        editor: place ? { from: place.from, to: place.to, message: p.message } : null,
      };
    });
  }, [parsed, serverProblems, text, t]);
  const editorProblems = useMemo(() => shown.flatMap((s) => (s.editor ? [s.editor] : [])), [shown]);

  async function loadFile(file: File) {
    const content = await file.text();
    const result = parseDocumentText(content);
    onTextChange(result.ok ? formatDocument(result.value) : content);
    if (result.ok) notifySuccess(t('policies.document.file_loaded', { name: file.name }));
    setTab('json');
  }

  const problems =
    shown.length > 0 ? (
      <Alert
        color="red"
        variant="light"
        role="alert"
        id={problemsId}
        title={t('policies.document.problems_title', { count: shown.length })}
        data-testid="policy-document-problems"
      >
        <List size="sm" spacing={4}>
          {shown.map((s) => (
            <List.Item key={s.key}>
              {s.line !== null ? (
                <Text span fw={600} size="sm">
                  {t('policies.document.line', { line: s.line })}{' '}
                </Text>
              ) : null}
              {s.message}
            </List.Item>
          ))}
        </List>
      </Alert>
    ) : null;

  const jsonView = (
    <Stack gap="xs">
      <Suspense
        fallback={
          <Textarea
            aria-labelledby={labelId}
            value={text}
            onChange={(e) => onTextChange(e.currentTarget.value)}
            autosize
            minRows={12}
            dir="ltr"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        }
      >
        <JsonEditor
          value={text}
          onChange={onTextChange}
          problems={editorProblems}
          labelledBy={labelId}
          describedBy={shown.length > 0 ? problemsId : undefined}
          invalid={shown.length > 0}
        />
      </Suspense>
    </Stack>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={500} id={labelId}>
            {t('policies.document.label')}{' '}
            <Text span c="red" aria-hidden="true">
              *
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {t(`policies.document.hint_${structured ? 'auth' : 'other'}`)}
          </Text>
        </div>
      </Group>
      <Box maw={560}>
        <FileDropZone
          accept={{ 'application/json': ['.json'] }}
          maxSize={policyLimits.documentBytes}
          onFile={(file) => void loadFile(file)}
          label={t('policies.document.upload')}
        />
      </Box>
      {structured ? (
        <Tabs value={activeTab} onChange={setTab} keepMounted={false}>
          <Tabs.List aria-label={t('policies.document.views')}>
            <Tabs.Tab value="structured">{t('policies.document.structured')}</Tabs.Tab>
            <Tabs.Tab value="json">{t('policies.document.json')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="structured" pt="md">
            {parsed.ok ? (
              <AuthPolicyEditor
                document={parsed.value}
                onChange={(document) => onTextChange(formatDocument(document))}
              />
            ) : (
              <Alert color="yellow" variant="light">
                {t('policies.document.fix_json_first')}
              </Alert>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="json" pt="md">
            {jsonView}
          </Tabs.Panel>
        </Tabs>
      ) : (
        jsonView
      )}
      {problems}
    </Stack>
  );
}
