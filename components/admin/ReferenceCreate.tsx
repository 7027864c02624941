import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/action-state';
import { ActionForm } from '../forms/ActionForm';

/** The form that adds a target group or a team: a key that never changes, and its names. */
export function ReferenceCreate({
  id,
  action,
  submit,
  nameFields,
}: {
  id: string;
  action: FormAction;
  submit: string;
  nameFields: { name: string; label: string }[];
}) {
  const a = useTranslations('Admin');
  return (
    <ActionForm
      id={id}
      action={action}
      submitLabel={submit}
      fields={[
        { name: 'key', label: a('key'), hint: a('keyHint'), type: 'text', width: 'm' },
        ...nameFields.map((field) => ({ ...field, type: 'text' as const, width: 'l' as const })),
      ]}
    />
  );
}
