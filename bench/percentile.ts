/** The nearest-rank percentile of timings, as every bench figure reads it: `p` 50 the median (the lower middle of an even count). */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
