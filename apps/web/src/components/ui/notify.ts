import i18next, { type TFunction } from 'i18next';
import { errorText } from '../../api/error-text.ts';

/*
 * Result toasts. The notifications module is loaded on first use (it is not needed to sign in). Success
 * closes itself; errors stay until dismissed (they may need reading).
 */
function show(message: string, color: 'green' | 'red', autoClose: number | false): void {
  void import('@mantine/notifications').then(({ notifications }) =>
    notifications.show({
      message,
      color,
      autoClose,
      withBorder: true,
      // The close button needs a name (axe button-name).
      closeButtonProps: { 'aria-label': i18next.t('common.actions.close') },
    }),
  );
}

export function notifySuccess(message: string): void {
  show(message, 'green', 5000);
}

export function notifyError(error: unknown, t: TFunction): void {
  show(errorText(error, t), 'red', false);
}
