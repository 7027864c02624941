import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { TableScroll } from '@/components/TableScroll';
import { getDb } from '@/db/client';
import { listThresholdYears, thresholdsForYear } from '@/db/queries/settings';
import { staffPage } from '@/server/auth/session';
import { GOALS } from '@/lib/goals';
import { saveThresholds } from './actions';
import { titleFrom } from '@/i18n/metadata';
import { AdminHeader } from '@/components/staff/Breadcrumbs';
import type { LocalePageProps } from '@/i18n/page-locale';

export const generateMetadata = titleFrom('AdminThresholds');

/** `?aar=2027` opens the form on that year (the overview links to next year's), with the values it would borrow. */
export default async function ThresholdsPage({ params, searchParams }: LocalePageProps<{ aar?: string }>) {
  await staffPage(params, 'admin');
  const { aar } = await searchParams;
  const t = await getTranslations('AdminThresholds');
  const goals = await getTranslations('Goals');
  const format = await getFormatter();
  const db = getDb();
  const asked = Number(aar);
  const year = Number.isInteger(asked) && asked >= 2020 && asked <= 2100 ? asked : new Date().getFullYear();
  const current = thresholdsForYear(db, year);
  const history = listThresholdYears(db);
  return (
    <>
      <AdminHeader heading={t('heading')} lead={t('lead')} />
      <ActionForm
        id="thresholds"
        action={saveThresholds}
        submitLabel={t('saveYear')}
        fields={[
          { name: 'year', label: t('year'), type: 'number', defaultValue: String(year), width: 'xs' },
          ...GOALS.map((goal) => ({
            name: goal.key,
            label: `${goals(`names.${goal.key}`)} (%)`,
            type: 'number' as const,
            defaultValue: String(current[goal.key]),
            width: 'xs' as const,
          })),
        ]}
      />
      <h2>{t('history')}</h2>
      <TableScroll label={t('heading')}>
        <table className="table table--borderless">
          <thead>
            <tr>
              <th scope="col">{t('year')}</th>
              {GOALS.map((goal) => (
                <th scope="col" key={goal.key}>
                  <abbr title={goals(`names.${goal.key}`)}>{goals(`short.${goal.key}`)}</abbr>
                </th>
              ))}
              <th scope="col">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.year}>
                <th scope="row">{entry.year}</th>
                {GOALS.map((goal) => (
                  <td key={goal.key}>{t('percent', { value: entry.thresholds[goal.key] })}</td>
                ))}
                <td>
                  {entry.updatedAt && entry.updatedAt.getTime() > 0
                    ? `${format.dateTime(entry.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}, ${entry.updatedBy ?? ''}`
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
