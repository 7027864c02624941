import { revalidatePath } from 'next/cache';

/** After an admin change, every admin page shows fresh data. */
export function refreshAdmin(): void {
  revalidatePath('/[locale]/admin', 'layout');
}
