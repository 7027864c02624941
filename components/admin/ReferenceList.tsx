import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/action-state';
import { DataTable, RowButton } from '../DataTable';
import { ActionForm } from '../forms/ActionForm';

/** A target group or a team: a stable key, its names (one per language for groups), retired or not. */
type ReferenceItem = { key: string; names: Record<string, string>; retired: boolean };

type Props = {
  label: string;
  items: ReferenceItem[];
  /** The name fields, in order; the first names the row. */
  nameFields: { name: string; label: string }[];
  create: { heading: string; submit: string; action: FormAction; id: string };
  rename: { heading: (item: ReferenceItem) => string; action: FormAction };
  retire: (formData: FormData) => Promise<void>;
};

/**
 * The admin list of a reference table (target groups, teams): the rows with their status and a
 * retire or restore button, a form to add one, and a form to rename each. Keys never change,
 * and nothing is ever deleted: imports, exports and old answers use the keys.
 */
export function ReferenceList({ label, items, nameFields, create, rename, retire }: Props) {
  const a = useTranslations('Admin');
  const rowName = (item: ReferenceItem) => item.names[nameFields[0]!.name]!;
  return (
    <>
      <DataTable
        label={label}
        rows={items}
        rowKey={(item) => item.key}
        empty={a('none')}
        columns={[
          { header: a('key'), cell: (item) => <code>{item.key}</code> },
          ...nameFields.map((field, i) => ({
            header: field.label,
            cell: (item: ReferenceItem) => item.names[field.name],
            rowHeader: i === 0,
          })),
          { header: a('status'), cell: (item) => (item.retired ? a('retired') : a('active')) },
          {
            header: a('actions'),
            cell: (item) => (
              <RowButton
                action={retire}
                fields={{ key: item.key, retired: item.retired ? 'false' : 'true' }}
                label={item.retired ? a('restore') : a('retire')}
                rowName={rowName(item)}
              />
            ),
          },
        ]}
      />

      <h2>{create.heading}</h2>
      <ActionForm
        id={create.id}
        action={create.action}
        submitLabel={create.submit}
        fields={[
          { name: 'key', label: a('key'), hint: a('keyHint'), type: 'text', width: 'm' },
          ...nameFields.map((field) => ({ ...field, type: 'text' as const, width: 'l' as const })),
        ]}
      />

      {items.map((item) => (
        <section key={item.key} aria-labelledby={`rename-${item.key}-heading`}>
          <h2 className="h3" id={`rename-${item.key}-heading`}>
            {rename.heading(item)}
          </h2>
          <ActionForm
            id={`rename-${item.key}`}
            action={rename.action}
            submitLabel={a('rename')}
            secondary
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
      ))}
    </>
  );
}
