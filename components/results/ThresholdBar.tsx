import type { GoalFigure } from '@/lib/results/figures';

/**
 * The share as a bar on 0–100 %, its interval as a band and the threshold as a mark across:
 * seen at a glance whether, and how surely, the goal is met. Decoration only (the card says
 * the same in words), so screen readers skip it.
 */
export function ThresholdBar({ figure }: { figure: GoalFigure }) {
  return (
    <svg className="threshold-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="2" width="100" height="6" className="threshold-bar-track" />
      {figure.ci95 && (
        <rect
          x={figure.ci95[0]}
          y="0.5"
          width={figure.ci95[1] - figure.ci95[0]}
          height="9"
          className="threshold-bar-interval"
        />
      )}
      {figure.percent !== null && (
        <rect
          x="0"
          y="2"
          width={figure.percent}
          height="6"
          className={`threshold-bar-value threshold-bar-value--${figure.status}`}
        />
      )}
      <line x1={figure.threshold} x2={figure.threshold} y1="0" y2="10" className="threshold-bar-mark" />
    </svg>
  );
}
