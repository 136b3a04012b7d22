/** Star thresholds in hours by default (Youth League scheme); each station may set its own. */
export const DEFAULT_STAR_THRESHOLDS_HOURS = [100, 300, 600, 1000, 1500];

function normalise(thresholdsHours: number[]): number[] {
  return [...new Set(thresholdsHours.filter((h) => Number.isFinite(h) && h > 0))].sort((a, b) => a - b);
}

/** The star level reached with `approvedMinutes` of cumulative approved service: 0 (none) to thresholds.length. */
export function starLevel(approvedMinutes: number, thresholdsHours: number[] = DEFAULT_STAR_THRESHOLDS_HOURS): number {
  return normalise(thresholdsHours).filter((h) => approvedMinutes >= h * 60).length;
}

/** The next star and the minutes still needed; null at the top level. */
export function nextStar(
  approvedMinutes: number,
  thresholdsHours: number[] = DEFAULT_STAR_THRESHOLDS_HOURS,
): { level: number; minutesToGo: number } | null {
  const sorted = normalise(thresholdsHours);
  const level = starLevel(approvedMinutes, sorted);
  if (level >= sorted.length) return null;
  return { level: level + 1, minutesToGo: sorted[level] * 60 - approvedMinutes };
}
