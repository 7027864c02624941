import { databasePath, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';

const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();
console.log(`Database migrated: ${file}`);
