import { useTranslations } from 'next-intl';
import { optionKeys, type ITEMS } from '@/lib/survey/definition';

type Item = (typeof ITEMS)[number];

/** Each item's answers with their wording, in the form's order: the survey form and the answer counts. */
export function useOptionLabels() {
  const t = useTranslations('Survey');
  return (item: Item): { value: string; label: string }[] =>
    optionKeys(item).map(({ value, key }) => ({ value, label: t(key) }));
}
