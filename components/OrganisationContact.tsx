import type { Organisation } from '@/lib/organisation';
import { ContactCard } from './ContactCard';

/** Who asks and how to reach them, for a footer: only what the admin has filled in. */
export function OrganisationContact({ organisation }: { organisation: Organisation }) {
  const { name, unit, address, phone, email } = organisation;
  return (
    <ContactCard
      name={`${name}, ${unit}`}
      address={address}
      phone={phone}
      email={email}
      testId="organisation-contact"
    />
  );
}
