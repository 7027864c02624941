import { useFormatter, useTranslations } from 'next-intl';
import { TableScroll } from '@/components/TableScroll';
import { NO_VALUE, type Breakdown, type BreakdownGroup } from '@/lib/results/types';
import { GOALS } from '@/lib/goals';
import { StatusText } from './Status';
import { oneDecimal } from './format';

/** One breakdown: a row per group, a column per goal; hidden cells show n only. */
export function BreakdownTable({
  by,
  groups,
  names,
  compact = false,
}: {
  by: Breakdown;
  groups: BreakdownGroup[];
  names: Record<string, string>;
  /** One line per cell: the percentage and the status icon (the printed report). */
  compact?: boolean;
}) {
  const t = useTranslations('Results');
  const short = useTranslations('Goals.short');
  const format = useFormatter();
  const caption = t('breakdownCaption', { dimension: t(`by.${by}`) });
  const noValue = NO_VALUE[by];
  const nameOf = (value: string | null) => (value === null ? (noValue ? t(noValue) : '') : (names[value] ?? value));
  return (
    <TableScroll label={caption}>
      <table
        className={`table table--borderless breakdown-table${compact ? ' table--compact' : ''}`}
        data-testid={`breakdown-${by}`}
      >
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`byColumn.${by}`)}</th>
            <th scope="col" className="numeric">
              {t('responsesColumn')}
            </th>
            {GOALS.map((goal) => (
              <th scope="col" key={goal.key}>
                {short(goal.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.value ?? ''}>
              <th scope="row">{nameOf(group.value)}</th>
              <td className="numeric">{group.responses}</td>
              {group.goals.map((goal) => (
                <td key={goal.key}>
                  {compact ? (
                    <span className="cell-figure">
                      {goal.percent === null ? '–' : t('percent', { value: format.number(goal.percent, oneDecimal) })}{' '}
                      <StatusText figure={goal} short iconOnly />
                    </span>
                  ) : (
                    <>
                      <span className="cell-figure">
                        {goal.percent === null
                          ? t('cellHidden', { n: goal.n })
                          : t('cell', { percent: format.number(goal.percent, oneDecimal), n: goal.n })}
                      </span>
                      <br />
                      <StatusText figure={goal} short />
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
