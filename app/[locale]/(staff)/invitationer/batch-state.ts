export type BatchState =
  | { status: 'idle' }
  | { status: 'error'; problems: string[] }
  | { status: 'created'; message: string; mailJob?: { id: number; count: number }; download: string };
