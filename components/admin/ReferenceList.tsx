import { useTranslations } from 'next-intl';
import { filterReferences, referenceFilter, referenceQuery, type ReferenceRow } from '@/lib/admin-lists';
import { pageOf } from '@/lib/paging';
import type { Query } from '@/lib/search-params';
import { Link } from '@/i18n/navigation';
import { DataTable, type Column } from '../DataTable';
import { Pager } from '../Pager';
import { ListCount, ListSearch, SearchSelect, SearchText } from '../ListSearch';

type Props<Row extends ReferenceRow> = {
  label: string;
  /** The list's address; each row's page is `${path}/${key}`. */
  path: string;
  /** Every row of the table: the list searches and pages them by the page's query. */
  all: Row[];
  query: Query;
  /** "N teams" for the number found. */
  count: (found: number) => string;
  /** The name columns' headers, in the order of `names`; the first names the row. */
  nameHeaders: string[];
  more?: Column<Row>[];
  create: { href: string; label: string };
};

/**
 * The admin list of a reference table (target groups, teams): search by key or name, filter by
 * status, one compact row each that links to the row's own page, where it is renamed, retired
 * or restored. Keys never change and nothing is ever deleted: imports, exports and old answers
 * use the keys.
 */
export function ReferenceList<Row extends ReferenceRow>({
  label,
  path,
  all,
  query,
  count,
  nameHeaders,
  more = [],
  create,
}: Props<Row>) {
  const a = useTranslations('Admin');
  const t = useTranslations('Lists');
  const filter = referenceFilter(query);
  const found = filterReferences(all, filter);
  const paging = pageOf(query.side, found.length);
  const status = referenceQuery(filter).status ?? '';
  return (
    <>
      <p>
        <Link className="button button-secondary" href={create.href}>
          {create.label}
        </Link>
      </p>
      <ListSearch resetHref={path}>
        <SearchText name="q" label={t('searchReference')} value={filter.text} />
        <SearchSelect
          name="status"
          label={a('status')}
          value={status}
          options={[
            { value: 'aktiv', label: a('active') },
            { value: 'udgaaet', label: a('retired') },
          ]}
        />
      </ListSearch>
      <ListCount>{count(found.length)}</ListCount>
      <DataTable
        label={label}
        rows={found.slice(paging.offset, paging.offset + paging.size)}
        compact
        rowKey={(row) => row.key}
        empty={t('noneFound')}
        columns={[
          ...nameHeaders.map((header, i) => ({
            header,
            cell: (row: Row) => (i === 0 ? <Link href={`${path}/${row.key}`}>{row.names[0]}</Link> : row.names[i]),
            rowHeader: i === 0,
          })),
          { header: a('key'), cell: (row) => <code>{row.key}</code> },
          ...more,
          { header: a('status'), cell: (row) => (row.retired ? a('retired') : a('active')) },
        ]}
      />
      <Pager pathname={path} query={referenceQuery(filter)} page={paging.page} pages={paging.pages} />
    </>
  );
}
