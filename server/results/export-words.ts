import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Db } from '@/db/client';
import type { StaffLocale } from '@/lib/locales';
import { optionKeys, type ITEMS } from '@/lib/survey/definition';
import { breakdownNames } from './names';

type Item = (typeof ITEMS)[number];

/**
 * The words of an export in its own language (the `lang` parameter, not the page's): the
 * Export messages, the dashboard's Results messages, the goals' names, the questions with their
 * answers and every breakdown value's name.
 */
export async function exportWords(db: Db, locale: StaffLocale) {
  const t = await getTranslations({ locale, namespace: 'Export' });
  // The dashboard's own words where they are the same (breakdown names, "Sprunget over").
  const results = await getTranslations({ locale, namespace: 'Results' });
  const goal = await getTranslations({ locale, namespace: 'Goals.names' });
  const survey = await getTranslations({ locale, namespace: 'Survey' });
  const names = await breakdownNames(db, locale);
  /** Each answer code of an item with its wording, in the form's order. */
  const answers = (item: Item): [string, string][] => optionKeys(item).map(({ value, key }) => [value, survey(key)]);
  const question = (item: Item) => survey(`items.${item.key}.label`);
  return { t, results, goal, names, answers, question };
}

export type ExportWords = Awaited<ReturnType<typeof exportWords>>;
