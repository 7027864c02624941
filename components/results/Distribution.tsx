import { useTranslations } from 'next-intl';
import { TableScroll } from '@/components/TableScroll';
import { useOptionLabels } from '../survey/option-labels';
import type { Distribution as DistributionRows } from '@/lib/results/types';
import { ITEMS, LIKERT_OPTIONS } from '@/lib/survey/definition';

/** Answers per option for each question; Likert items share columns, the two choice items get their own rows. */
export function Distribution({ rows }: { rows: DistributionRows }) {
  const t = useTranslations('Results');
  const survey = useTranslations('Survey');
  const optionLabels = useOptionLabels();
  const likertItems = ITEMS.filter((item) => item.kind === 'likert');
  const choiceItems = ITEMS.filter((item) => item.kind === 'choice');
  const countsOf = (key: string) => rows.find((row) => row.item === key)!;
  return (
    <>
      <TableScroll label={t('distributionCaption')}>
        <table className="table table--borderless" data-testid="distribution">
          <caption>{t('distributionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('item')}</th>
              <CountHeaders
                labels={LIKERT_OPTIONS.map((option) => survey(`likert.${option}`))}
                skipped={t('skipped')}
              />
            </tr>
          </thead>
          <tbody>
            {likertItems.map((item) => {
              const row = countsOf(item.key);
              return (
                <tr key={item.key}>
                  <th scope="row">{survey(`items.${item.key}.label`)}</th>
                  <CountCells options={LIKERT_OPTIONS} row={row} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {choiceItems.map((item) => {
        const row = countsOf(item.key);
        const label = survey(`items.${item.key}.label`);
        return (
          <TableScroll key={item.key} label={label}>
            <table className="table table--borderless">
              <caption>{label}</caption>
              <thead>
                <tr>
                  <CountHeaders labels={optionLabels(item).map((option) => option.label)} skipped={t('skipped')} />
                </tr>
              </thead>
              <tbody>
                <tr>
                  <CountCells options={item.options} row={row} />
                </tr>
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </>
  );
}

/** One item's counts per answer, then how many skipped it. */
function CountCells({ options, row }: { options: readonly string[]; row: DistributionRows[number] }) {
  return (
    <>
      {options.map((option) => (
        <td key={option} className="numeric">
          {row.counts[option]}
        </td>
      ))}
      <td className="numeric">{row.skipped}</td>
    </>
  );
}

/** The answers' column headings, then "skipped". */
function CountHeaders({ labels, skipped }: { labels: string[]; skipped: string }) {
  return (
    <>
      {[...labels, skipped].map((label) => (
        <th scope="col" key={label} className="numeric">
          {label}
        </th>
      ))}
    </>
  );
}
