import { getTranslations } from 'next-intl/server';
import { telHref, type Organisation } from '@/lib/organisation';

/** Who asks and how to reach them, for a footer: only what the admin has filled in. */
export async function OrganisationContact({ organisation }: { organisation: Organisation }) {
  const t = await getTranslations('Organisation');
  const { name, unit, address, phone, email } = organisation;
  return (
    <address className="organisation-contact" data-testid="organisation-contact">
      <p>
        <strong>
          {name}, {unit}
        </strong>
        {address && (
          <>
            <br />
            {address}
          </>
        )}
      </p>
      {phone && (
        <p>
          <a href={telHref(phone)}>{t('phone', { phone })}</a>
        </p>
      )}
      {email && (
        <p>
          {t('email')}: <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}
    </address>
  );
}
