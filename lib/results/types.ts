import type { GoalKey } from '../survey/definition';
import type { GoalCounts, GoalFigure } from './figures';

/**
 * The shapes results take between the layers: counted in db/, built in server/, shown by
 * components/ and answered by the API (DESIGN.md "Interfaces").
 */

/** A period as Copenhagen calendar days, both included (responses store the day only). */
export type DayPeriod = { from: string; to: string };

export const BREAKDOWNS = ['target_group', 'team', 'meeting_channel', 'language'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
export const isBreakdown = (value: unknown): value is Breakdown => BREAKDOWNS.includes(value as Breakdown);

/** The Results message naming a breakdown's empty value (no team; the channel not answered); null where none occurs. */
export const NO_VALUE: Record<Breakdown, 'noTeam' | 'noChannel' | null> = {
  target_group: null,
  team: 'noTeam',
  meeting_channel: 'noChannel',
  language: null,
};

/** The five goals' numerators and denominators for one group (or the whole period). */
export type CountRow = { value: string | null; responses: number; goals: Record<GoalKey, GoalCounts> };

/** How often each answer was given to each item (skipped counted apart). */
export type Distribution = { item: string; counts: Record<string, number>; skipped: number }[];

export type ShownComment = { month: string; targetGroup: string | null; comment: string };

export type BreakdownGroup = { value: string | null; responses: number; goals: GoalFigure[] };

/** The results API's JSON (DESIGN.md "Interfaces"); the dashboard, report and exports show the same. */
export type Results = {
  period: { from: string; to: string };
  responses: number;
  minCellSize: number;
  responseRate: { invited: number; answered: number; rate: number | null };
  goals: GoalFigure[];
  breakdown?: { by: Breakdown; groups: BreakdownGroup[] };
};

export type TrendPoint = { quarter: string; responses: number; goals: GoalFigure[]; soFar: boolean };
