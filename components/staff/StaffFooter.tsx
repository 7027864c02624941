import { getTranslations } from 'next-intl/server';
import type { Organisation } from '@/lib/organisation';
import { StatementLinks } from '../StatementLinks';

/** The staff's footer: whose service it is, where to get help, and the public statements. */
export async function StaffFooter({ organisation }: { organisation: Organisation }) {
  const t = await getTranslations('Staff');
  const layout = await getTranslations('Layout');
  return (
    <footer className="d-print-none">
      <div className="footer">
        <div className="container">
          <h2 className="h5">
            {layout('serviceName')} · {organisation.name}, {organisation.unit}
          </h2>
          <p>{t('footerHelp')}</p>
          <StatementLinks />
        </div>
      </div>
    </footer>
  );
}
