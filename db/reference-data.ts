import { targetGroups, thresholds } from './schema';
import { DEFAULT_THRESHOLD_YEAR, GOALS } from '@/lib/goals';
import type { Db } from './client';

/** The employment plan's target groups (DESIGN.md); keys are stable across imports, exports and the API. */
export const DEFAULT_TARGET_GROUPS = [
  { key: 'dagpenge', nameDa: 'Forsikrede ledige (a-dagpenge)', nameEn: 'Insured unemployed (unemployment benefit)' },
  {
    key: 'kontanthjaelp_jobparat',
    nameDa: 'Jobparate kontanthjælpsmodtagere',
    nameEn: 'Job-ready recipients of social assistance',
  },
  {
    key: 'kontanthjaelp_aktivitetsparat',
    nameDa: 'Aktivitetsparate kontanthjælpsmodtagere',
    nameEn: 'Activity-ready recipients of social assistance',
  },
  {
    key: 'uddannelseshjaelp',
    nameDa: 'Uddannelseshjælpsmodtagere (unge under 30)',
    nameEn: 'Recipients of education assistance (under 30)',
  },
  { key: 'integration', nameDa: 'Flygtninge og familiesammenførte', nameEn: 'Refugees and reunified family members' },
  { key: 'sygedagpenge', nameDa: 'Sygedagpengemodtagere', nameEn: 'Recipients of sickness benefit' },
  { key: 'jobafklaring', nameDa: 'Jobafklaringsforløb', nameEn: 'Job clarification course' },
  { key: 'ressourceforloeb', nameDa: 'Ressourceforløb', nameEn: 'Resource course' },
  {
    key: 'ledighedsydelse',
    nameDa: 'Ledighedsydelse (visiteret til fleksjob)',
    nameEn: 'Flex-job unemployment benefit',
  },
  { key: 'revalidering', nameDa: 'Revalidering', nameEn: 'Vocational rehabilitation' },
  { key: 'other', nameDa: 'Andre', nameEn: 'Other' },
] as const;

/** Inserts the default target groups and the 2023 thresholds once; an admin's later changes are kept. */
export function seedReferenceData(db: Db): void {
  db.insert(targetGroups)
    .values(DEFAULT_TARGET_GROUPS.map((group, index) => ({ ...group, sortOrder: index })))
    .onConflictDoNothing()
    .run();
  // The employment plan 2023's thresholds, as the first year of the history.
  db.insert(thresholds)
    .values(
      GOALS.map((goal) => ({
        year: DEFAULT_THRESHOLD_YEAR,
        goal: goal.key,
        threshold: goal.defaultThreshold,
        updatedAt: new Date(0),
        updatedBy: null,
      })),
    )
    .onConflictDoNothing()
    .run();
}
