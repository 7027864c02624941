import { databasePath, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createApiToken } from '../db/queries/api-tokens';
import { audit } from '../db/queries/audit';
import { normaliseText } from '../lib/text';
import { readArgs } from './args';

const usage = 'npm run token:create -- --name N';
const args = readArgs({ name: { type: 'string' } }, usage);
const name = normaliseText(args.name ?? '').trim();
if (!name) {
  console.error(`--name is required\n\nUsage: ${usage}`);
  process.exit(2);
}
const db = openDatabase(databasePath());
try {
  migrateDatabase(db);
  const { id, token } = createApiToken(db, name, 'command line');
  audit(db, { id: null, email: 'command line' }, 'api_token_created', `${id}`, { name });
  console.log(`Created API token "${name}". Send it as "Authorization: Bearer <token>". Shown once:`);
  console.log(token);
} finally {
  db.$client.close();
}
