import { databasePath, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { audit } from '../db/queries/audit';
import { createStaffUser, StaffError } from '../server/staff';
import type { Role } from '../lib/auth/roles';
import { normaliseText } from '../lib/text';
import { readArgs } from './args';

const usage = 'npm run user:create -- --email E --name N --role caseworker|manager|admin [--team T] [--password P]';
const args = readArgs(
  {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    team: { type: 'string' },
    password: { type: 'string' },
  },
  usage,
);

async function main() {
  if (!args.email || !args.name || !args.role)
    throw new StaffError('required', '--email, --name and --role are required');
  const db = openDatabase(databasePath());
  try {
    migrateDatabase(db);
    const created = await createStaffUser(db, {
      email: normaliseText(args.email),
      name: normaliseText(args.name),
      role: args.role as Role,
      team: args.team ?? null,
      password: args.password,
    });
    audit(db, { id: null, email: 'command line' }, 'user_created', created.email, {
      role: args.role,
      team: args.team ?? null,
    });
    console.log(`Created ${args.role} ${created.email}.`);
    if (!args.password) {
      // The secret alone on the last line, so that scripts can capture it.
      console.log('One-time password (shown once; change it under Konto after signing in):');
      console.log(created.password);
    }
  } finally {
    db.$client.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof StaffError) {
    console.error(`${error.message}\n\nUsage: ${usage}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
