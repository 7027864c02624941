import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { getDb } from '@/db/client';
import { getTokenState, markOpened } from '@/db/queries/invitations';
import { Link } from '@/i18n/navigation';
import { logError } from '@/lib/log';
import { normalizeCode } from '@/lib/tokens';
import { submitSurvey } from './actions';
import { SurveyForm } from './SurveyForm';
import { shownOrganisation } from '@/server/organisation';
import { citizenTitle } from '@/server/page-title';

type Params = Promise<{ locale: string; token: string }>;

const loadInvitation = cache(async (rawToken: string) => {
  // Next has decoded the path segment already; decoding again would turn "%25ZZ" into a crash.
  const token = normalizeCode(rawToken);
  const state = token ? getTokenState(getDb(), token) : 'unavailable';
  return { token, state };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { state } = await loadInvitation((await params).token);
  const t = await getTranslations({ locale, namespace: 'TokenState' });
  // The open survey sets its own title, which changes to "Fejl: …" after a failed submit.
  if (state === 'open') return {};
  return { title: citizenTitle(state === 'answered' ? t('answeredTitle') : t('unavailableTitle')) };
}

export default async function SurveyPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { token, state } = await loadInvitation((await params).token);
  const t = await getTranslations('TokenState');

  if (state === 'answered' || !token) {
    return state === 'answered' ? (
      <>
        <h1>{t('answeredHeading')}</h1>
        <p className="font-lead">{t('answeredText')}</p>
      </>
    ) : (
      <Unavailable />
    );
  }
  if (state === 'unavailable') return <Unavailable />;

  try {
    markOpened(getDb(), token);
  } catch (error) {
    // "Opened" is a follow-up nicety: a full, locked or read-only database must not stop the survey.
    logError('mark_opened_failed', error);
  }
  const s = await getTranslations('Survey');
  const intro = (
    <>
      <h1>{s('heading')}</h1>
      <div className="survey-intro">
        <p className="font-lead">{s('introPurpose')}</p>
        <p>{s('introTime')}</p>
        <p>{s('introAnonymous')}</p>
        <p>{s('introUse')}</p>
        <p>
          <Link href="/privatliv" prefetch={false}>
            {s('privacyLink')}
          </Link>
        </p>
      </div>
    </>
  );
  return (
    <SurveyForm
      intro={intro}
      action={submitSurvey}
      token={token}
      locale={locale}
      organisation={shownOrganisation().name}
    />
  );
}

async function Unavailable() {
  const t = await getTranslations('TokenState');
  return (
    <>
      <h1>{t('unavailableHeading')}</h1>
      <p className="font-lead">{t('unavailableText')}</p>
      <p>{t('unavailableHelp')}</p>
      <p>
        <Link href="/s" prefetch={false}>
          {t('tryCode')}
        </Link>
      </p>
    </>
  );
}
