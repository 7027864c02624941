export type BatchState =
  | { status: 'idle' }
  | { status: 'error'; problems: string[] }
  | { status: 'created'; message: string; mailed?: string; download: string };
