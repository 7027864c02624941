import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Db } from '@/db/client';
import type { Locale } from '@/lib/locales';
import { ITEMS } from '@/lib/survey/definition';
import { breakdownNames } from './names';

type Item = (typeof ITEMS)[number];

/**
 * The words of an export in its own language (the `lang` parameter, not the page's): the
 * Export messages, the goals' names, the questions with their answers and every breakdown
 * value's name.
 */
export async function exportWords(db: Db, locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Export' });
  const goal = await getTranslations({ locale, namespace: 'Goals.names' });
  const survey = await getTranslations({ locale, namespace: 'Survey' });
  const names = await breakdownNames(db, locale);
  /** Each answer code of an item with its wording, in the form's order. */
  const answers = (item: Item): [string, string][] => {
    if (item.kind === 'likert') return item.options.map((code) => [code, survey(`likert.${code}`)]);
    if (item.key === 'min_plan_use') {
      return item.options.map((code) => [code, survey(`items.min_plan_use.options.${code}`)]);
    }
    return item.options.map((code) => [code, survey(`items.meeting_channel.options.${code}`)]);
  };
  const question = (item: Item) => survey(`items.${item.key}.label`);
  return { t, goal, names, answers, question };
}

export type ExportWords = Awaited<ReturnType<typeof exportWords>>;
