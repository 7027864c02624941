import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/action-state';
import { RowButton } from '../DataTable';
import { ActionForm } from '../forms/ActionForm';

type Props = {
  item: { key: string; names: Record<string, string>; retired: boolean };
  /** The name fields, in order; the first names the item. */
  nameFields: { name: string; label: string }[];
  rename: FormAction;
  retire: (formData: FormData) => Promise<void>;
  retireLead: string;
};

/** A target group's or a team's own page: its key, a form to rename it, and retire or restore. */
export function ReferenceEditor({ item, nameFields, rename, retire, retireLead }: Props) {
  const a = useTranslations('Admin');
  return (
    <>
      <p>
        {a('key')}: <code>{item.key}</code>. {a('status')}: {item.retired ? a('retired') : a('active')}.
      </p>
      <section aria-labelledby="rename-heading">
        <h2 id="rename-heading" className="h3">
          {a('rename')}
        </h2>
        <ActionForm
          id="rename"
          action={rename}
          submitLabel={a('rename')}
          fields={[
            { name: 'key', label: '', type: 'hidden', defaultValue: item.key },
            ...nameFields.map((field) => ({
              ...field,
              type: 'text' as const,
              defaultValue: item.names[field.name],
              width: 'l' as const,
            })),
          ]}
        />
      </section>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="h3">
          {a('status')}
        </h2>
        <p>{retireLead}</p>
        <RowButton
          action={retire}
          fields={{ key: item.key, retired: item.retired ? 'false' : 'true' }}
          label={item.retired ? a('restore') : a('retire')}
          rowName={item.names[nameFields[0]!.name]!}
        />
      </section>
    </>
  );
}
