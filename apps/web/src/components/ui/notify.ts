import { notifications } from '@mantine/notifications';
import i18next, { type TFunction } from 'i18next';
import { errorText } from '../../api/error-text.ts';

/** The close button of a toast needs a name (axe button-name). */
const closeButtonProps = () => ({ 'aria-label': i18next.t('common.actions.close') });

/** Result toasts. Success closes itself; errors stay until dismissed (they may need reading). */
export function notifySuccess(message: string): void {
  notifications.show({
    message,
    color: 'green',
    autoClose: 5000,
    withBorder: true,
    closeButtonProps: closeButtonProps(),
  });
}

export function notifyError(error: unknown, t: TFunction): void {
  notifications.show({
    message: errorText(error, t),
    color: 'red',
    autoClose: false,
    withBorder: true,
    closeButtonProps: closeButtonProps(),
  });
}
