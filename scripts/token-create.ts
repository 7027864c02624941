import { createApiToken } from '../db/queries/api-tokens';
import { audit } from '../db/queries/audit';
import { normaliseText } from '../lib/text';
import { COMMAND_LINE_ACTOR, readCommandLine, runCommand, withDatabase } from './lib/cli';

const { values, fail } = readCommandLine('npm run token:create -- --name N', { name: { type: 'string' } });
const name = normaliseText(values.name ?? '').trim();
if (!name) fail('--name is required');

runCommand(() =>
  withDatabase((db) => {
    const { id, token } = createApiToken(db, name, 'command line');
    audit(db, COMMAND_LINE_ACTOR, 'api_token_created', `${id}`, { name });
    console.log(`Created API token "${name}". Send it as "Authorization: Bearer <token>". Shown once:`);
    console.log(token);
  }),
);
