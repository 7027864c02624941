/**
 * What every form's server action returns and its form shows: nothing yet, an error (each
 * field's message, messages for the whole form, and the values to show again), or done (a
 * message and the result's data). Messages are already in the person's language, except the
 * survey's, which are message keys its form translates beside its own checks.
 */
export type ActionState<Data = undefined> =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: Record<string, string>; formErrors: string[]; values: Record<string, string> }
  | { status: 'done'; message: string; data: Data };

export type ErrorState = Extract<ActionState, { status: 'error' }>;

/** A server action bound to a form with `useActionState`. */
export type FormAction<Data = undefined> = (state: ActionState<Data>, formData: FormData) => Promise<ActionState<Data>>;

/** What a form with a secret to show once (a password, a token) gets back. */
export type Secret = { secret?: string };
