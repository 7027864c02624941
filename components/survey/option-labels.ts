import { useTranslations } from 'next-intl';
import type { ITEMS } from '@/lib/survey/definition';

type Item = (typeof ITEMS)[number];

/** Each item's answers with their wording, in the form's order: the survey form and the answer counts. */
export function useOptionLabels() {
  const t = useTranslations('Survey');
  return (item: Item): { value: string; label: string }[] => {
    if (item.kind === 'likert') return item.options.map((value) => ({ value, label: t(`likert.${value}`) }));
    if (item.key === 'min_plan_use') {
      return item.options.map((value) => ({ value, label: t(`items.min_plan_use.options.${value}`) }));
    }
    return item.options.map((value) => ({ value, label: t(`items.meeting_channel.options.${value}`) }));
  };
}
