import type { ActionState } from '@/lib/action-state';

/**
 * The secret made in the first step, shown once; `codeError` after a wrong code in the second;
 * `home` once a code confirmed it: two-factor is on, and the backup codes are shown.
 */
export type TotpSetup = {
  qrSvg: string;
  secret: string;
  totpURI: string;
  backupCodes: string[];
  codeError?: string;
  home?: string;
};

/** Idle or an error: the password step. Done: the secret exists and waits for a code from the app. */
export type SetupState = ActionState<TotpSetup>;
