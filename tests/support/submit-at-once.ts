import { Worker } from 'node:worker_threads';

/**
 * `submitters` workers, each on a connection of its own, submit `token` at the same moment
 * (released together once all wait at the start line). Returns each one's outcome: 'stored',
 * the refusal's reason, or `error:<code>`.
 */
export async function submitAtOnce(file: string, token: string, submitters: number, now?: number): Promise<string[]> {
  const gate = new SharedArrayBuffer(8);
  const flag = new Int32Array(gate);
  const workers = Array.from(
    { length: submitters },
    () => new Worker(new URL('./claim-worker.cjs', import.meta.url), { workerData: { file, token, gate, now } }),
  );
  try {
    const results = workers.map(
      (worker) =>
        new Promise<string>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    const failed = Promise.race(results).catch((error: unknown) => error);
    while (Atomics.load(flag, 1) < submitters) {
      const early = await Promise.race([failed, new Promise((r) => setTimeout(r, 20, null))]);
      if (early) throw early;
    }
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    return await Promise.all(results);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
