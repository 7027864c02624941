import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Db } from '@/db/client';
import { listTargetGroups, listTeams } from '@/db/queries/reference';
import { LOCALES, type StaffLocale } from '@/lib/locales';
import type { Breakdown } from '@/lib/results/types';
import { MEETING_CHANNEL_OPTIONS } from '@/lib/survey/definition';

/**
 * Display names of every breakdown value in a language: target groups and teams as the admin
 * named them, the channels as the survey words them, the languages from the Languages messages.
 */
export async function breakdownNames(db: Db, locale: StaffLocale): Promise<Record<Breakdown, Record<string, string>>> {
  const survey = await getTranslations({ locale, namespace: 'Survey.items.meeting_channel.options' });
  const language = await getTranslations({ locale, namespace: 'Languages' });
  return {
    target_group: Object.fromEntries(listTargetGroups(db).map((g) => [g.key, locale === 'en' ? g.nameEn : g.nameDa])),
    team: Object.fromEntries(listTeams(db).map((team) => [team.key, team.name])),
    meeting_channel: Object.fromEntries(MEETING_CHANNEL_OPTIONS.map((key) => [key, survey(key)])),
    language: Object.fromEntries(LOCALES.map((key) => [key, language(key)])),
  };
}
