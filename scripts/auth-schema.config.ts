// Read only by @better-auth/cli to generate db/auth-schema.ts:
//   npx @better-auth/cli@1.4.22 generate --config scripts/auth-schema.config.ts --output db/auth-schema.ts --yes
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createAuth } from '../server/auth/auth';
import type { Db } from '../db/client';

export const auth = createAuth(drizzle(new Database(':memory:')) as unknown as Db);
