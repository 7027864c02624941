import 'server-only';
import type { Db } from '@/db/client';
import { listTargetGroups, listTeams } from '@/db/queries/reference';
import type { Breakdown } from '@/lib/results/types';
import { MEETING_CHANNEL_OPTIONS } from '@/lib/survey/definition';

/** Display names of every breakdown value in a language; the channel names come from the survey's messages. */
export function breakdownNames(
  db: Db,
  locale: string,
  channelName: (key: (typeof MEETING_CHANNEL_OPTIONS)[number]) => string,
): Record<Breakdown, Record<string, string>> {
  return {
    target_group: Object.fromEntries(listTargetGroups(db).map((g) => [g.key, locale === 'en' ? g.nameEn : g.nameDa])),
    team: Object.fromEntries(listTeams(db).map((team) => [team.key, team.name])),
    meeting_channel: Object.fromEntries(MEETING_CHANNEL_OPTIONS.map((key) => [key, channelName(key)])),
  };
}
