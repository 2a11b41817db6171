import { adminRoles, type Role, serviceRoles } from '@pms/contracts';

/** Roles a service account may hold (the API refuses partner roles with PMS_USR_007). */
export const serviceAccountRoleChoices: readonly Role[] = [...serviceRoles, ...adminRoles];
