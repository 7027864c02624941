import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '@/db/client';
import { submitResponse } from '@/db/queries/responses';

/** One of many concurrent submitters: own connection, waits at the start line, then submits once. */
const { file, token, gate, now } = workerData as { file: string; token: string; gate: SharedArrayBuffer; now?: number };
const db = openDatabase(file);
const flag = new Int32Array(gate);
Atomics.add(flag, 1, 1);
Atomics.wait(flag, 0, 0);
try {
  const result = submitResponse(
    db,
    token,
    { clear_purpose: '4', comment: 'samtidig' },
    'da',
    now === undefined ? undefined : new Date(now),
  );
  parentPort!.postMessage(result.ok ? 'stored' : result.reason);
} catch (error) {
  parentPort!.postMessage(`error:${(error as { code?: string }).code ?? (error as Error).message}`);
} finally {
  db.$client.close();
}
