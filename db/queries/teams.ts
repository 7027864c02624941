import type { Db } from '../client';
import { teams } from '../schema';

export const DEMO_TEAMS = [
  { key: 'nord', name: 'Team Nord' },
  { key: 'syd', name: 'Team Syd' },
  { key: 'unge', name: 'Ungeteamet' },
] as const;

export function seedDemoTeams(db: Db): void {
  db.insert(teams).values([...DEMO_TEAMS]).onConflictDoNothing().run();
}
