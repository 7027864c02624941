'use client';

import { useTranslations } from 'next-intl';
import { Field, RadioGroup } from '@/components/forms/Field';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';

type Option = { value: string; label: string };

type Props = {
  /** The form's prefix for field ids (`invite`, `batch`): an error summary links to `#<prefix>-<name>`. */
  idPrefix: string;
  labels: { targetGroup: string; team: string; language: string; languageHint?: string };
  groups: Option[];
  teams: Option[];
  defaultTeam: string;
  values: Record<string, string | undefined>;
  errors: Record<string, string | undefined>;
};

/** Who an invitation is for, in one place for a single invitation and a batch: target group, team, language. */
export function InvitationFields({ idPrefix, labels, groups, teams, defaultTeam, values, errors }: Props) {
  const t = useTranslations('Invitations');
  const languages = useTranslations('Languages');
  // A select whose first choice is "none chosen", with its error and the value the form keeps.
  const select = (name: 'targetGroup' | 'team', none: string, options: Option[], fallback: string) => (
    <Field
      id={`${idPrefix}-${name}`}
      field={{ name, label: labels[name], type: 'select', options: [{ value: '', label: none }, ...options] }}
      error={errors[name]}
      value={values[name] ?? fallback}
    />
  );
  return (
    <>
      {select('targetGroup', t('chooseGroup'), groups, '')}
      {select('team', t('noTeam'), teams, defaultTeam)}
      <RadioGroup
        id={`${idPrefix}-language`}
        input={{ name: 'language' }}
        legend={labels.language}
        hint={labels.languageHint}
        options={LOCALES.map((language) => ({ value: language, label: languages(language) }))}
        defaultValue={values.language ?? DEFAULT_LOCALE}
      />
    </>
  );
}
