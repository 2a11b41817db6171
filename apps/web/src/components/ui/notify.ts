import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorText } from '../../api/error-text.ts';

/** Result toasts. Success closes itself; errors stay until dismissed (they may need reading). */
export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'green', autoClose: 5000, withBorder: true });
}

export function notifyError(error: unknown, t: TFunction): void {
  notifications.show({ message: errorText(error, t), color: 'red', autoClose: false, withBorder: true });
}
