import { databasePath, migrateDatabase, openDatabase } from '../db/client';
import { createInvitations } from '../db/queries/invitations';
import { seedDemoTeams } from '../db/queries/teams';
import { formatCode } from '../lib/tokens';

/** Demo data: teams and a few open survey invitations, printed as links to try. */
const baseUrl = (process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const db = openDatabase(databasePath());
try {
  migrateDatabase(db);
  seedDemoTeams(db);
  const links = (language: 'da' | 'en', targetGroup: string, team: string) =>
    createInvitations(db, { targetGroup, team, language, channel: 'cli', count: 2 }).map(({ token }) => {
      const code = formatCode(token);
      return `${baseUrl}${language === 'en' ? '/en' : ''}/s/${code}   (kode ${code})`;
    });
  console.log('Demo survey links (each works once, for 30 days):');
  for (const line of [
    ...links('da', 'dagpenge', 'nord'),
    ...links('da', 'uddannelseshjaelp', 'unge'),
    ...links('en', 'integration', 'syd'),
  ]) {
    console.log(`  ${line}`);
  }
  console.log(`Type a code at ${baseUrl}/s`);
} finally {
  db.$client.close();
}
