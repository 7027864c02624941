'use client';

/** Opens the browser's print dialogue (where "save as PDF" lives); without JavaScript the browser's own menu does. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button-primary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
