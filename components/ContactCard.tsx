import { getLocale, getTranslations } from 'next-intl/server';
import { shownWebAddress } from '@/lib/legal';
import { inLine } from '@/lib/locales';
import { telHref } from '@/lib/organisation';

type Props = {
  /** Who: a body's name, or a free text such as the DPO's name and e-mail. */
  name: string;
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
  testId?: string;
};

/**
 * A contact: the footer's, and those in the legal texts. Only the lines that are filled in, so
 * that an empty setting leaves no bare "Telefon" behind; a phone number keeps its digits in
 * order inside Arabic text.
 */
export async function ContactCard({ name, address, phone, email, website, testId }: Props) {
  const t = await getTranslations('Organisation');
  const locale = await getLocale();
  return (
    <address className="organisation-contact" data-testid={testId}>
      <p>
        <strong>{name}</strong>
        {address && (
          <>
            <br />
            {address}
          </>
        )}
      </p>
      {phone && (
        <p>
          <a href={telHref(phone)}>{t('phone', { phone: inLine(locale, phone) })}</a>
        </p>
      )}
      {email && (
        <p>
          {t('email')}: <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}
      {website && (
        <p>
          <a href={website}>{shownWebAddress(website)}</a>
        </p>
      )}
    </address>
  );
}
