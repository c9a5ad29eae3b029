/** The progress line of a long scan: files done, tables found, and the time left. */

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return m >= 60
    ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`
    : `${m}:${String(s % 60).padStart(2, "0")}`;
}

/** The estimate is left out until there is something to estimate from. */
export function scanProgressLabel(
  p: { filesDone: number; fileCount: number; tablesFound: number; fraction: number },
  elapsedMs: number,
): string {
  const files = `${p.filesDone}/${p.fileCount} files, ${p.tablesFound} table${p.tablesFound === 1 ? "" : "s"}`;
  if (p.fraction <= 0 || elapsedMs < 500) return files;
  const left = (elapsedMs / p.fraction) * (1 - p.fraction);
  return `${files}, about ${clock(left / 1000)} left`;
}
