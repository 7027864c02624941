/** What a staff form's server action returns. Messages are already translated by the action. */
export type FormState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: Record<string, string>; formError?: string; values: Record<string, string> }
  | { status: 'success'; message: string; secret?: string; extra?: string[] };

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export const idle: FormState = { status: 'idle' };
