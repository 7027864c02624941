import { audit } from '../db/queries/audit';
import { createStaffUser, StaffError } from '../server/staff';
import type { Role } from '../lib/auth/roles';
import { normaliseText } from '../lib/text';
import { COMMAND_LINE_ACTOR, readCommandLine, runCommand, withDatabase } from './lib/cli';

const { values: args, fail } = readCommandLine(
  'npm run user:create -- --email E --name N --role caseworker|manager|admin [--team T] [--password P]',
  {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    team: { type: 'string' },
    password: { type: 'string' },
  },
);
if (!args.email || !args.name || !args.role) fail('--email, --name and --role are required');

runCommand(
  () =>
    withDatabase(async (db) => {
      const created = await createStaffUser(db, {
        email: normaliseText(args.email!),
        name: normaliseText(args.name!),
        role: args.role as Role,
        team: args.team ?? null,
        password: args.password,
      });
      audit(db, COMMAND_LINE_ACTOR, 'user_created', created.email, { role: args.role, team: args.team ?? null });
      console.log(`Created ${args.role} ${created.email}.`);
      if (!args.password) {
        // The secret alone on the last line, so that scripts can capture it.
        console.log('One-time password (shown once; change it under Konto after signing in):');
        console.log(created.password);
      }
    }),
  (error) => {
    if (error instanceof StaffError) fail(error.message);
    console.error(error);
  },
);
