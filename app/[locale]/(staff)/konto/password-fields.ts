import type { FieldSpec } from '@/components/forms/ActionForm';

/** The change-password form's fields, on the account page and where a one-time password is replaced. */
export function passwordFields(labels: {
  current: string;
  new: string;
  newHint: string;
  confirm: string;
}): FieldSpec[] {
  return [
    { name: 'currentPassword', label: labels.current, type: 'password', autoComplete: 'current-password', width: 'l' },
    {
      name: 'newPassword',
      label: labels.new,
      hint: labels.newHint,
      type: 'password',
      autoComplete: 'new-password',
      width: 'l',
    },
    { name: 'confirmPassword', label: labels.confirm, type: 'password', autoComplete: 'new-password', width: 'l' },
  ];
}
