export type SetupState =
  | { step: 'password'; error?: string }
  | { step: 'confirm'; qrSvg: string; secret: string; totpURI: string; backupCodes: string[]; error?: string };
