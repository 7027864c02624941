import fs from 'node:fs';

/** The build's server actions by `file#exportedName`: each one's id and the pages (workers) that use it. */
export function serverActions(): Map<string, { id: string; workers: string[] }> {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [
      `${entry.filename}#${entry.exportedName}`,
      { id, workers: Object.keys(entry.workers) },
    ]),
  );
}

/**
 * What a form posts to a server action: a plain `(formData)` action's field, or a
 * `useActionState` action's reference with an idle state. The form's own fields go after it.
 */
export function actionForm(id: string, plain: boolean): FormData {
  const form = new FormData();
  if (plain) {
    form.append(`$ACTION_ID_${id}`, '');
  } else {
    form.append('$ACTION_REF_1', '');
    form.append('$ACTION_1:0', JSON.stringify({ id, bound: '$@1' }));
    form.append('$ACTION_1:1', JSON.stringify([{ status: 'idle' }]));
    form.append('$ACTION_KEY', 'k0');
  }
  return form;
}
