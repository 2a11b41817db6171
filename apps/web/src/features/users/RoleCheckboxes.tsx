import { Checkbox, SimpleGrid } from '@mantine/core';
import type { Role } from '@pms/contracts';
import { useTranslation } from 'react-i18next';

/** Translated role name (`shell.roles.*`); unknown roles show as they are. */
export function useRoleName() {
  const { t } = useTranslation();
  return (role: string) => t(`shell.roles.${role}`, { defaultValue: role });
}

/**
 * Choice of several roles as a labelled group of checkboxes (keyboard: Tab and Space), each with the
 * role's translated name; the group carries the error text, not only a colour.
 */
export function RoleCheckboxes({
  roles,
  value,
  onChange,
  label,
  description,
  error,
  required,
}: {
  roles: readonly Role[];
  value: Role[];
  onChange: (roles: Role[]) => void;
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
}) {
  const roleName = useRoleName();
  return (
    <Checkbox.Group
      label={label}
      description={description}
      error={error}
      withAsterisk={required}
      value={value}
      onChange={(values) => onChange(roles.filter((r) => values.includes(r)))}
      data-testid="role-checkboxes"
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt="xs">
        {roles.map((role) => (
          <Checkbox key={role} value={role} label={roleName(role)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
