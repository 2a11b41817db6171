import { Alert, PasswordInput, TextInput, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldPath, FieldValues, RegisterOptions, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';

/*
 * Form fields and server-error mapping for react-hook-form. Kept free of zod so that the sign-in page,
 * which validates with plain react-hook-form rules, stays small; `form.tsx` adds the zod resolver.
 */

/** `request.newPassword` → `newPassword`; MOSIP puts request fields under `request.`. */
export function serverFieldName(field: string): string {
  return field.replace(/^request\./, '');
}

/**
 * Puts each server error that names a known field on that field; answers the texts of the others
 * (shown above the form). Non-API errors become one generic text.
 */
export function applyServerErrors<T extends FieldValues, O extends FieldValues>(
  form: Pick<UseFormReturn<T, unknown, O>, 'setError' | 'getValues'>,
  error: unknown,
  t: (key: string) => string,
): string[] {
  if (!(error instanceof ApiError)) return [errorText(error, t as never)];
  const known = new Set(Object.keys(form.getValues()));
  const rest: string[] = [];
  let focused = false;
  for (const e of error.errors) {
    const name = e.field ? serverFieldName(e.field) : undefined;
    if (name && known.has(name)) {
      form.setError(name as FieldPath<T>, { type: 'server', message: e.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      rest.push(e.message);
    }
  }
  if (error.errors.length === 0) rest.push(errorText(error, t as never));
  return rest;
}

/** The form-level errors (those without a field) in one alert. */
export function FormErrors({ messages, title }: { messages: string[]; title?: ReactNode }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title} data-testid="form-error">
      {messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </Alert>
  );
}

interface FieldProps<T extends FieldValues, O extends FieldValues>
  extends Omit<TextInputProps, 'form' | 'name' | 'error'> {
  form: UseFormReturn<T, unknown, O>;
  name: FieldPath<T>;
  label: string;
  /** Plain react-hook-form rules, for forms without a zod schema. */
  rules?: RegisterOptions<T, FieldPath<T>>;
}

function fieldError<T extends FieldValues, O extends FieldValues>(
  form: UseFormReturn<T, unknown, O>,
  name: FieldPath<T>,
) {
  let node: unknown = form.formState.errors;
  for (const part of name.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}

/** A text field bound to the form by name, with its error under it (and aria-invalid). */
export function FormTextInput<T extends FieldValues, O extends FieldValues>({
  form,
  name,
  label,
  rules,
  ...rest
}: FieldProps<T, O>) {
  return <TextInput {...rest} label={label} error={fieldError(form, name)} {...form.register(name, rules)} />;
}

export function FormPasswordInput<T extends FieldValues, O extends FieldValues>({
  form,
  name,
  label,
  rules,
  ...rest
}: FieldProps<T, O>) {
  return (
    <PasswordInput
      {...(rest as object)}
      label={label}
      error={fieldError(form, name)}
      {...form.register(name, rules)}
    />
  );
}
