import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { listTargetGroups } from '@/db/queries/reference';
import { requireRole } from '@/server/auth/session';
import { createTargetGroup, renameGroup, setGroupRetired } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminTargetGroups');

export default async function TargetGroupsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole('admin');
  const t = await getTranslations('AdminTargetGroups');
  const a = await getTranslations('Admin');
  const groups = listTargetGroups(getDb());
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('lead')}</p>
      <TableScroll label={t('heading')}>
        <table className="table table--borderless">
          <thead>
            <tr>
              <th scope="col">{a('key')}</th>
              <th scope="col">{a('nameDa')}</th>
              <th scope="col">{a('nameEn')}</th>
              <th scope="col">{a('status')}</th>
              <th scope="col">{a('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.key}>
                <td>
                  <code>{group.key}</code>
                </td>
                <th scope="row">{group.nameDa}</th>
                <td>{group.nameEn}</td>
                <td>{group.retiredAt ? a('retired') : a('active')}</td>
                <td>
                  <form action={setGroupRetired}>
                    <input type="hidden" name="key" value={group.key} />
                    <input type="hidden" name="retired" value={group.retiredAt ? 'false' : 'true'} />
                    <button type="submit" className="button button-secondary">
                      {group.retiredAt ? a('restore') : a('retire')}
                      <span className="sr-only">: {group.nameDa}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>{t('createHeading')}</h2>
      <ActionForm
        id="create-group"
        action={createTargetGroup}
        submitLabel={t('create')}
        fields={[
          { name: 'key', label: a('key'), hint: a('keyHint'), type: 'text', width: 'm' },
          { name: 'nameDa', label: a('nameDa'), type: 'text', width: 'l' },
          { name: 'nameEn', label: a('nameEn'), type: 'text', width: 'l' },
        ]}
      />

      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`rename-${group.key}-heading`}>
          <h2 className="h3" id={`rename-${group.key}-heading`}>
            {t('renameFor', { key: group.key })}
          </h2>
          <ActionForm
            id={`rename-${group.key}`}
            action={renameGroup}
            submitLabel={a('rename')}
            secondary
            fields={[
              { name: 'key', label: '', type: 'hidden', defaultValue: group.key },
              { name: 'nameDa', label: a('nameDa'), type: 'text', defaultValue: group.nameDa, width: 'l' },
              { name: 'nameEn', label: a('nameEn'), type: 'text', defaultValue: group.nameEn, width: 'l' },
            ]}
          />
        </section>
      ))}
    </>
  );
}
