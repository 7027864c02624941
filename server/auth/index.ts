import 'server-only';
import { getDb } from '@/db/client';
import { createAuth, type Auth } from './auth';

const globalForAuth = globalThis as unknown as { vaerdigAuth?: Auth };

/** The one better-auth instance, created on first use so that builds and imports open no database. */
export function getAuth(): Auth {
  globalForAuth.vaerdigAuth ??= createAuth(getDb());
  return globalForAuth.vaerdigAuth;
}
