import { zodResolver } from '@hookform/resolvers/zod';
import { languageFromTag, validationIssueText } from '@pms/phrases';
import i18next from 'i18next';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import type { z } from 'zod';

export {
  applyServerErrors,
  FormErrors,
  FormPasswordInput,
  FormTextInput,
  serverFieldName,
} from './form-fields.tsx';

/** Zod issues rendered in the portal language (same texts as the API's validation messages). */
function localizedIssue(issue: { code: string; message?: string; [key: string]: unknown }): string {
  return validationIssueText(
    { keyword: issue.code, message: issue.message, params: issue },
    languageFromTag(i18next.language),
  );
}

/**
 * react-hook-form on a contract schema (zodResolver), messages in the portal language. Create the form
 * only once its remote data has loaded, with nulls turned into ''.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema, { error: localizedIssue }),
    defaultValues,
    mode: 'onTouched',
  });
}
