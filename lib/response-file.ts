/**
 * The columns of a file of responses, one row per response (DESIGN.md "Interfaces"):
 * what the import reads and the anonymous responses export writes.
 */
export const RESPONSE_FILE_COLUMNS = [
  'submitted_on',
  'target_group',
  'team',
  'meeting_channel',
  'guidance_helps',
  'guidance_knowledge',
  'clear_purpose',
  'min_plan_use',
  'min_plan_overview',
  'resources_included',
  'professionals_cooperate',
  'comment',
] as const;
