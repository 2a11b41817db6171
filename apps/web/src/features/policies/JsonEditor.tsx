import { json } from '@codemirror/lang-json';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';

export interface EditorProblem {
  from: number;
  to: number;
  message: string;
}

export interface JsonEditorProps {
  value: string;
  onChange: (value: string) => void;
  problems: EditorProblem[];
  /** Id of the visible label and of the problem list. */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  testId?: string;
}

const theme = EditorView.theme({
  '&': {
    border: '1px solid var(--mantine-color-gray-5)',
    borderRadius: '4px',
    fontSize: '14px',
    backgroundColor: 'var(--mantine-color-white)',
  },
  '&.cm-focused': { outline: '2px solid var(--mantine-color-indigo-6)', outlineOffset: '1px' },
  // No height limit: the editor grows with the document (lines wrap), so it is never a scroll region that
  // keyboard users could not reach (axe scrollable-region-focusable); the page scrolls instead.
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)' },
  '.cm-content, .cm-gutter': { minHeight: '280px' },
  '.cm-gutters': { color: '#555', backgroundColor: '#f3f3f3' },
  '.cm-activeLineGutter': { color: '#222' },
});

/**
 * CodeMirror 6 JSON editor (its own chunk: never in the sign-in bundle). Syntax highlighting, bracket
 * matching, search; problems shown as lint marks with a gutter. Tab is not captured, so keyboard users
 * leave the editor with Tab as from any field.
 */
export default function JsonEditor({
  value,
  onChange,
  problems,
  labelledBy,
  describedBy,
  invalid,
  testId = 'policy-json-editor',
}: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const initial = useRef(value);
  const attributes = useRef({ labelledBy, describedBy, invalid, testId });
  attributes.current = { labelledBy, describedBy, invalid, testId };

  useEffect(() => {
    if (!host.current) return;
    const a = attributes.current;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial.current,
        extensions: [
          basicSetup,
          json(),
          lintGutter(),
          theme,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-labelledby': a.labelledBy,
            ...(a.describedBy ? { 'aria-describedby': a.describedBy } : {}),
            'data-testid': a.testId,
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  // Text set from outside (structured editor, uploaded file, type change).
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const current = v.state.doc.toString();
    if (current !== value) v.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const length = v.state.doc.length;
    const diagnostics: Diagnostic[] = problems.map((p) => {
      const from = Math.max(0, Math.min(p.from, length));
      return { from, to: Math.max(from, Math.min(p.to, length)), severity: 'error', message: p.message };
    });
    v.dispatch(setDiagnostics(v.state, diagnostics));
    v.contentDOM.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }, [problems, invalid]);

  return <div ref={host} dir="ltr" />;
}
