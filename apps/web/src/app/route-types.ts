import type { ComponentType } from 'react';
import type { Access } from './access.ts';

/**
 * One entry of the typed route catalogue. A feature lists its pages in `features/<area>/routes.ts`; the
 * shell builds the router, the side navigation, the dashboard cards and the breadcrumbs from the entries,
 * so a capability that is not built has no entry and shows nowhere.
 */
export interface PortalRoute {
  /** Unique id, also used by breadcrumbs (`parent`). */
  id: string;
  /** Absolute path, react-router syntax (`/admin/mailbox/:id`). */
  path: string;
  /** The page, loaded on first visit (its own chunk). */
  page: () => Promise<{ default: ComponentType }>;
  access: Access;
  /** Phrase key of the page name (breadcrumb, navigation). */
  labelKey: string;
  /** Breadcrumb parent route id; the dashboard is always the root. */
  parent?: string;
  /** Shown in the side navigation, in this order. */
  nav?: { order: number };
  /** Shown as a dashboard card. */
  card?: {
    titleKey: string;
    descriptionKey: string;
    order: number;
    /** Optional live badge on the card (a pending count, say); keep it tiny, it is in the main chunk. */
    badge?: ComponentType;
  };
}
