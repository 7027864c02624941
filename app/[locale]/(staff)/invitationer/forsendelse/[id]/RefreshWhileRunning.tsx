'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Re-reads the progress every two seconds; without JavaScript, a link does the same. */
export function RefreshWhileRunning({ label }: { label: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p>
      <a href="">{label}</a>
    </p>
  );
}
