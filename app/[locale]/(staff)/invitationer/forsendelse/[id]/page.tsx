import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/staff/Breadcrumbs';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { getDb } from '@/db/client';
import { getMailJob } from '@/db/queries/mail-jobs';
import { requireRole } from '@/server/auth/session';
import { Link } from '@/i18n/navigation';
import { titleFrom } from '@/i18n/metadata';
import { RefreshWhileRunning } from './RefreshWhileRunning';

export const generateMetadata = titleFrom('MailJob');

/** A batch's e-mail progress, read from the database: it survives a reload and a closed tab. */
export default async function MailJobPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const user = await requireRole('caseworker');
  const job = /^\d+$/.test(id) ? getMailJob(getDb(), Number(id), user.id) : null;
  if (!job) notFound();
  const t = await getTranslations('MailJob');
  const staff = await getTranslations('Staff');
  const done = job.sent + job.failed;
  const finished = job.finishedAt !== null;
  return (
    <>
      <Breadcrumbs trail={[{ href: '/invitationer', label: staff('invitations') }]} current={t('heading')} />
      <h1>{t('heading')}</h1>
      <label className="form-label" htmlFor="mail-progress">
        {t('progressLabel')}
      </label>
      <progress id="mail-progress" value={done} max={job.total} className="mail-progress" />
      <p role="status" data-testid="mail-job-status">
        {t('progress', { done, total: job.total, sent: job.sent, failed: job.failed })}{' '}
        {finished ? t('finished') : t('running')}
      </p>
      {!finished && <RefreshWhileRunning label={t('refresh')} />}
      <p>
        <Link href="/invitationer">{t('back')}</Link>
      </p>
    </>
  );
}
