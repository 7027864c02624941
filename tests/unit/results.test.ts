import { describe, expect, it } from 'vitest';
import { goalFigure, hiddenCells, wilson } from '@/lib/results/figures';
import { GOAL_RULES, goalOutcome } from '@/lib/results/rules';
import { lastCompleteMonth, lastCompleteQuarter, parsePeriod, quarterPeriod, quartersUpTo } from '@/lib/periods';
import type { Answers } from '@/lib/survey/definition';

const rule = (goal: string) => GOAL_RULES.find((r) => r.goal === goal)!;
const guidance = (answers: Answers) => goalOutcome(rule('guidance'), answers);
const minPlan = (answers: Answers) => goalOutcome(rule('min_plan'), answers);
const goal1 = { key: 'guidance' as const, number: 1 };

describe('the goal rules, read from the questionnaire', () => {
  it('counts goal 1 from its two items and goal 3 from Min Plan use and its follow-up', () => {
    expect(rule('guidance')).toEqual({
      goal: 'guidance',
      kind: 'any',
      items: ['guidance_helps', 'guidance_knowledge'],
    });
    expect(rule('min_plan')).toEqual({
      goal: 'min_plan',
      kind: 'gated',
      gate: 'min_plan_use',
      gateValue: 'yes',
      item: 'min_plan_overview',
    });
    expect(rule('clear_purpose')).toEqual({ goal: 'clear_purpose', kind: 'any', items: ['clear_purpose'] });
  });

  it('goal 1: agreeing with either item is enough', () => {
    expect(guidance({ guidance_helps: '5', guidance_knowledge: '2' })).toBe('agree');
    expect(guidance({ guidance_helps: '1', guidance_knowledge: '4' })).toBe('agree');
    expect(guidance({ guidance_helps: 'dk', guidance_knowledge: '4' })).toBe('agree');
  });

  it('goal 1: answering one item without agreeing counts in the denominator only', () => {
    expect(guidance({ guidance_helps: '3', guidance_knowledge: 'dk' })).toBe('other');
    expect(guidance({ guidance_knowledge: '2' })).toBe('other');
  });

  it("goal 1: don't know or skipped on both items leaves the respondent out", () => {
    expect(guidance({ guidance_helps: 'dk', guidance_knowledge: 'dk' })).toBeNull();
    expect(guidance({ guidance_helps: 'dk' })).toBeNull();
    expect(guidance({ clear_purpose: '5' })).toBeNull();
  });

  it('goal 3: "yes" and agreeing with the overview item is the only way to agree', () => {
    expect(minPlan({ min_plan_use: 'yes', min_plan_overview: '4' })).toBe('agree');
    expect(minPlan({ min_plan_use: 'yes', min_plan_overview: '3' })).toBe('other');
    expect(minPlan({ min_plan_use: 'yes', min_plan_overview: 'dk' })).toBe('other');
  });

  it('goal 3: "yes" with the follow-up skipped, "no" and "unknown" count in the denominator', () => {
    expect(minPlan({ min_plan_use: 'yes' })).toBe('other');
    expect(minPlan({ min_plan_use: 'no' })).toBe('other');
    expect(minPlan({ min_plan_use: 'unknown' })).toBe('other');
  });

  it('goal 3: skipping the Min Plan question leaves the respondent out', () => {
    expect(minPlan({ min_plan_overview: '5' })).toBeNull();
    expect(minPlan({})).toBeNull();
  });

  it("a single-item goal leaves don't know out of the denominator", () => {
    expect(goalOutcome(rule('resources'), { resources_included: 'dk' })).toBeNull();
    expect(goalOutcome(rule('resources'), { resources_included: '4' })).toBe('agree');
    expect(goalOutcome(rule('cooperation'), { professionals_cooperate: '3' })).toBe('other');
  });
});

describe('the 95 % Wilson interval', () => {
  const percent = (agree: number, n: number) => wilson(agree, n)!.map((x) => Math.round(x * 1000) / 10);

  it('at 0/n starts at 0 and at n/n ends at 100', () => {
    expect(percent(0, 10)).toEqual([0, 27.8]);
    expect(percent(10, 10)).toEqual([72.2, 100]);
    expect(percent(0, 1)).toEqual([0, 79.3]);
    expect(percent(1, 1)).toEqual([20.7, 100]);
  });

  it('matches hand-computed values at small and larger n', () => {
    expect(percent(8, 10)).toEqual([49, 94.3]);
    expect(percent(1, 5)).toEqual([3.6, 62.4]);
    expect(percent(60, 100)).toEqual([50.2, 69.1]);
  });

  it('has no interval without answers', () => {
    expect(wilson(0, 0)).toBeNull();
  });
});

describe('a goal figure', () => {
  const goal1At60 = { goal: 1, key: 'guidance', threshold: 60 };

  it('is too few under the minimum cell size, with no percentage shown', () => {
    expect(goalFigure(goal1, { n: 4, agree: 4 }, 60, 5)).toEqual({
      ...goal1At60,
      n: 4,
      agree: null,
      percent: null,
      ci95: null,
      status: 'too_few',
      certainty: null,
    });
    expect(goalFigure(goal1, { n: 0, agree: 0 }, 60, 0).status).toBe('too_few');
  });

  it('is met on a tie with the threshold, and uncertain then', () => {
    expect(goalFigure(goal1, { n: 5, agree: 3 }, 60, 5)).toEqual({
      ...goal1At60,
      n: 5,
      agree: 3,
      percent: 60,
      ci95: [23.1, 88.2],
      status: 'met',
      certainty: 'uncertain',
    });
    expect(goalFigure(goal1, { n: 10, agree: 7 }, 70, 5).status).toBe('met');
    expect(goalFigure(goal1, { n: 1000, agree: 699 }, 70, 5).status).toBe('not_met');
  });

  it('is clearly met or not met when the whole interval is on one side', () => {
    expect(goalFigure(goal1, { n: 100, agree: 90 }, 60, 5)).toMatchObject({
      status: 'met',
      certainty: 'clear',
      percent: 90,
    });
    expect(goalFigure(goal1, { n: 20, agree: 0 }, 60, 5)).toMatchObject({
      status: 'not_met',
      certainty: 'clear',
      ci95: [0, 16.1],
    });
    expect(goalFigure(goal1, { n: 10, agree: 5 }, 60, 5)).toMatchObject({ status: 'not_met', certainty: 'uncertain' });
  });

  it('rounds the percentage to one decimal', () => {
    expect(goalFigure(goal1, { n: 3 * 7, agree: 2 * 7 }, 60, 5).percent).toBe(66.7);
  });
});

describe('complementary suppression', () => {
  const hide = (cells: Record<string, number>, min = 5) =>
    Object.fromEntries(
      hiddenCells(
        Object.entries(cells).map(([value, n]) => ({ value, n })),
        min,
      ),
    );

  it('hides nothing when every cell is large enough', () => {
    expect(hide({ a: 5, b: 6 })).toEqual({});
  });

  it('hides the smallest shown cell when one small cell is hidden', () => {
    expect(hide({ d: 20, a: 3, c: 12, b: 10 })).toEqual({ a: 'too_few', b: 'suppressed' });
  });

  it('breaks a tie in alphabetical order', () => {
    expect(hide({ c: 10, a: 2, b: 10 })).toEqual({ a: 'too_few', b: 'suppressed' });
  });

  it('hides one more when the hidden cells together are still under the minimum', () => {
    expect(hide({ a: 1, b: 2, c: 30, d: 40 })).toEqual({ a: 'too_few', b: 'too_few', c: 'suppressed' });
  });

  it('stops when the hidden cells together reach the minimum', () => {
    expect(hide({ a: 3, b: 4, c: 30 })).toEqual({ a: 'too_few', b: 'too_few' });
  });

  it('follows a chain until the hidden cells are safe', () => {
    // a and b are hidden; together 1 + 3 < 5, so c goes too; then 10 ≥ 5 and it stops before d.
    expect(hide({ a: 1, b: 3, c: 6, d: 9 })).toEqual({ a: 'too_few', b: 'too_few', c: 'suppressed' });
    expect(hide({ a: 2, b: 12, c: 15 }, 10)).toEqual({ a: 'too_few', b: 'suppressed' });
    expect(hide({ a: 2, b: 6, c: 7, d: 9 }, 10)).toEqual({ a: 'too_few', b: 'too_few', c: 'too_few', d: 'too_few' });
  });

  it('does not hide more for an empty cell', () => {
    expect(hide({ a: 0, b: 10, c: 12 })).toEqual({ a: 'too_few' });
  });

  it('hides the only other cell, and stops when nothing is left', () => {
    expect(hide({ a: 3, b: 7 })).toEqual({ a: 'too_few', b: 'suppressed' });
    expect(hide({ a: 3 })).toEqual({ a: 'too_few' });
  });
});

describe('periods', () => {
  // 10 August 2024, in Copenhagen: July is the last complete month.
  const NOW = new Date('2024-08-10T10:00:00Z');
  const fallback = () => quarterPeriod({ year: 2023, quarter: 4 });
  const parse = (params: Parameters<typeof parsePeriod>[0], now = NOW) => parsePeriod(params, fallback, now);

  it('reads a quarter, a year and a range of whole months, and refuses bad ones', () => {
    expect(parse({ quarter: '2023-Q1' })).toEqual({
      ok: true,
      period: { kind: 'quarter', from: '2023-01-01', to: '2023-03-31', label: '2023-Q1', soFar: false },
    });
    expect(parse({ quarter: '2024-q1' })).toMatchObject({ ok: true, period: { to: '2024-03-31' } });
    expect(parse({ year: '2023' })).toMatchObject({
      ok: true,
      period: { from: '2023-01-01', to: '2023-12-31', soFar: false },
    });
    expect(parse({ from: '2024-02', to: '2024-02' })).toEqual({
      ok: true,
      period: { kind: 'range', from: '2024-02-01', to: '2024-02-29', label: '2024-02', soFar: false },
    });
    expect(parse({ from: '2024-02-01', to: '2024-05-31' })).toMatchObject({
      ok: true,
      period: { from: '2024-02-01', to: '2024-05-31', label: '2024-02–2024-05' },
    });
    expect(parse({})).toMatchObject({ ok: true, period: { label: '2023-Q4' } });
    expect(parse({ quarter: '2023-Q5' })).toEqual({ ok: false, error: 'bad_quarter' });
    expect(parse({ from: '2023-02-29', to: '2023-03-31' })).toEqual({ ok: false, error: 'bad_date' });
    expect(parse({ from: '2023-13', to: '2024-01' })).toEqual({ ok: false, error: 'bad_date' });
    expect(parse({ from: '2023-04', to: '2023-03' })).toEqual({ ok: false, error: 'from_after_to' });
    expect(parse({ from: '2023-03-01' })).toEqual({ ok: false, error: 'missing_date' });
  });

  it('refuses a range that starts or ends inside a month', () => {
    expect(parse({ from: '2024-02-02', to: '2024-02-29' })).toEqual({ ok: false, error: 'not_month_start' });
    expect(parse({ from: '2024-02-01', to: '2024-02-28' })).toEqual({ ok: false, error: 'not_month_end' });
    expect(parse({ from: '2023-10-01', to: '2023-12-01' })).toEqual({ ok: false, error: 'not_month_end' });
  });

  it('never reaches into the running month', () => {
    // A range: refused as soon as it touches August 2024.
    expect(parse({ from: '2024-06', to: '2024-08' })).toEqual({ ok: false, error: 'running_month' });
    expect(parse({ from: '2024-08-01', to: '2024-08-31' })).toEqual({ ok: false, error: 'running_month' });
    expect(parse({ from: '2024-06', to: '2024-07' })).toMatchObject({ ok: true, period: { to: '2024-07-31' } });
    // A running quarter or year: its complete months, "so far".
    expect(parse({ quarter: '2024-Q3' }, new Date('2024-09-15T10:00:00Z'))).toEqual({
      ok: true,
      period: { kind: 'quarter', from: '2024-07-01', to: '2024-08-31', label: '2024-Q3', soFar: true },
    });
    expect(parse({ year: '2024' })).toMatchObject({
      ok: true,
      period: { from: '2024-01-01', to: '2024-07-31', soFar: true },
    });
    // The first month of a quarter has nothing complete yet; a future quarter neither.
    expect(parse({ quarter: '2024-Q3' }, new Date('2024-07-20T10:00:00Z'))).toEqual({
      ok: false,
      error: 'no_complete_month',
    });
    expect(parse({ quarter: '2025-Q1' })).toEqual({ ok: false, error: 'no_complete_month' });
    // The month turns at midnight in Copenhagen: 1 August 00:30 there is still 31 July in UTC.
    expect(lastCompleteMonth(new Date('2024-07-31T22:30:00Z'))).toBe('2024-07');
    expect(lastCompleteMonth(new Date('2024-07-31T21:30:00Z'))).toBe('2024-06');
    expect(lastCompleteMonth(new Date('2025-01-05T10:00:00Z'))).toBe('2024-12');
  });

  it('takes one kind of period at a time', () => {
    expect(parse({ quarter: '2023-Q1', from: '2023-01', to: '2023-03' })).toEqual({ ok: false, error: 'conflicting' });
    expect(parse({ quarter: '2023-Q1', to: '2023-03' })).toEqual({ ok: false, error: 'conflicting' });
    expect(parse({ year: '2023', quarter: '2023-Q1' })).toEqual({ ok: false, error: 'conflicting' });
  });

  it('knows the last complete quarter in Copenhagen time and the eight before a quarter', () => {
    // 1 April 2024 00:30 in Copenhagen is still 31 March in UTC.
    expect(lastCompleteQuarter(new Date('2024-03-31T22:30:00Z'))).toEqual({ year: 2024, quarter: 1 });
    expect(lastCompleteQuarter(new Date('2024-03-31T21:30:00Z'))).toEqual({ year: 2023, quarter: 4 });
    expect(quartersUpTo({ year: 2024, quarter: 2 }, 8).map((q) => `${q.year}-Q${q.quarter}`)).toEqual([
      '2022-Q3',
      '2022-Q4',
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
    ]);
  });
});
