import { describe, expect, it } from 'vitest';
import { applyFollowUpRule, isAsked, ITEMS, LIKERT_OPTIONS, SURVEY_VERSION } from '@/lib/survey/definition';
import { flattenSurveyErrors, surveyAnswersSchema } from '@/lib/validation/survey';

const parse = (input: unknown) => surveyAnswersSchema.safeParse(input);
const errorsOf = (input: unknown) => {
  const result = parse(input);
  if (result.success) throw new Error(`expected failure for ${JSON.stringify(input)}`);
  return flattenSurveyErrors(result.error);
};

describe('the questionnaire definition', () => {
  it('is version 2023.1 with "don\'t know" last on the scale', () => {
    expect(SURVEY_VERSION).toBe('2023.1');
    expect(LIKERT_OPTIONS).toEqual(['5', '4', '3', '2', '1', 'dk']);
  });

  it('maps every goal to its items', () => {
    const byGoal = (goal: string) => ITEMS.filter((item) => 'goal' in item && item.goal === goal).map((i) => i.key);
    expect(byGoal('guidance')).toEqual(['guidance_helps', 'guidance_knowledge']);
    expect(byGoal('clear_purpose')).toEqual(['clear_purpose']);
    expect(byGoal('min_plan')).toEqual(['min_plan_use', 'min_plan_overview']);
    expect(byGoal('resources')).toEqual(['resources_included']);
    expect(byGoal('cooperation')).toEqual(['professionals_cooperate']);
  });
});

describe('the Min Plan follow-up rule', () => {
  it('asks the overview only after yes', () => {
    expect(isAsked('min_plan_overview', { min_plan_use: 'yes' })).toBe(true);
    expect(isAsked('min_plan_overview', { min_plan_use: 'no' })).toBe(false);
    expect(isAsked('min_plan_overview', { min_plan_use: 'unknown' })).toBe(false);
    expect(isAsked('min_plan_overview', {})).toBe(false);
    expect(isAsked('clear_purpose', {})).toBe(true);
  });

  it('drops an overview answer unless Min Plan is used', () => {
    expect(applyFollowUpRule({ min_plan_use: 'no', min_plan_overview: '5' })).toEqual({ min_plan_use: 'no' });
    expect(applyFollowUpRule({ min_plan_overview: '5', clear_purpose: '4' })).toEqual({ clear_purpose: '4' });
    expect(applyFollowUpRule({ min_plan_use: 'yes', min_plan_overview: '5' })).toEqual({
      min_plan_use: 'yes',
      min_plan_overview: '5',
    });
  });

  it('is applied by the schema, so the server ignores it too', () => {
    const result = parse({ min_plan_use: 'unknown', min_plan_overview: '4', clear_purpose: '5' });
    expect(result.success && result.data).toEqual({ min_plan_use: 'unknown', clear_purpose: '5' });
  });
});

describe('the survey schema', () => {
  it('accepts a full answer and keeps only what was answered', () => {
    const result = parse({
      guidance_helps: '5',
      guidance_knowledge: 'dk',
      clear_purpose: '',
      min_plan_use: 'yes',
      min_plan_overview: '1',
      resources_included: '3',
      professionals_cooperate: null,
      meeting_channel: 'video',
      comment: '  Tak for hjælpen\r\n ',
    });
    expect(result.success && result.data).toEqual({
      guidance_helps: '5',
      guidance_knowledge: 'dk',
      min_plan_use: 'yes',
      min_plan_overview: '1',
      resources_included: '3',
      meeting_channel: 'video',
      comment: 'Tak for hjælpen',
    });
  });

  it('accepts a single answer, including only a comment', () => {
    expect(parse({ meeting_channel: 'dk' }).success).toBe(true);
    expect(parse({ comment: 'Godt' }).success).toBe(true);
  });

  it('refuses a submission with no answer at all', () => {
    expect(errorsOf({})).toEqual({ fieldErrors: {}, formErrors: ['noAnswers'] });
    expect(errorsOf({ clear_purpose: '', comment: '   \r\n ' }).formErrors).toEqual(['noAnswers']);
    // An overview answer alone is dropped by the follow-up rule and leaves nothing.
    expect(errorsOf({ min_plan_overview: '4' }).formErrors).toEqual(['noAnswers']);
  });

  it.each([['0'], ['6'], ['3.5'], ['text'], ['4 '], [' 4'], ['DK'], ['-1']])('refuses the Likert value %j', (value) => {
    expect(errorsOf({ clear_purpose: value }).fieldErrors).toEqual({ clear_purpose: 'invalidChoice' });
  });

  it('refuses values that are not strings', () => {
    expect(errorsOf({ clear_purpose: 4 }).fieldErrors.clear_purpose).toBe('invalidChoice');
    expect(errorsOf({ clear_purpose: ['4', '5'] }).fieldErrors.clear_purpose).toBe('invalidChoice');
    expect(errorsOf({ comment: 42 }).fieldErrors.comment).toBe('invalidComment');
  });

  it('refuses options of the wrong item', () => {
    expect(errorsOf({ min_plan_use: '5' }).fieldErrors.min_plan_use).toBe('invalidChoice');
    expect(errorsOf({ meeting_channel: 'yes' }).fieldErrors.meeting_channel).toBe('invalidChoice');
    expect(errorsOf({ guidance_helps: 'phone' }).fieldErrors.guidance_helps).toBe('invalidChoice');
  });

  it('refuses unknown fields', () => {
    expect(errorsOf({ clear_purpose: '4', cpr: '010101-1234' }).formErrors).toEqual(['unknownField']);
  });

  it('counts a comment of 2,000 characters as fine and 2,001 as too long', () => {
    expect(parse({ comment: 'x'.repeat(2000) }).success).toBe(true);
    expect(errorsOf({ comment: 'x'.repeat(2001) }).fieldErrors.comment).toBe('commentTooLong');
    // A browser's CRLF counts as one character.
    expect(parse({ comment: 'x\r\n'.repeat(666) + 'xx' }).success).toBe(true);
  });

  it('keeps every error, one per field', () => {
    const { fieldErrors } = errorsOf({ guidance_helps: '9', clear_purpose: 'x', comment: 'y'.repeat(3000) });
    expect(fieldErrors).toEqual({
      guidance_helps: 'invalidChoice',
      clear_purpose: 'invalidChoice',
      comment: 'commentTooLong',
    });
  });
});
