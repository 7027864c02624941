export type ImportState =
  { status: 'idle' } | { status: 'error'; problems: string[] } | { status: 'imported'; message: string };
