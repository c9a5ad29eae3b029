/**
 * Approximate substring search (Sellers' edit-distance dynamic programme with Ukkonen's
 * cut-off): where in a text does a pattern occur with at most k insertions, deletions or
 * substitutions? Written here rather than pulled in: it is small and needs no dependency.
 */

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Plain edit distance between two short strings (prefix/suffix context). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Start of the best alignment of `pattern` ending at `end`: a reverse DP over a short window. */
function alignStart(text: string, pattern: string, end: number, maxErrors: number): number {
  const from = Math.max(0, end - pattern.length - maxErrors);
  const window = text.slice(from, end);
  // dist[j] = distance of pattern suffix vs. window suffix of length j (reversed Sellers).
  const m = pattern.length;
  let prev = Array.from({ length: window.length + 1 }, () => 0);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    const pc = pattern[m - i];
    for (let j = 1; j <= window.length; j++) {
      const cost = window[window.length - j] === pc ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  let bestLen = 0;
  for (let j = 0; j <= window.length; j++) if ((prev[j] ?? 0) < (prev[bestLen] ?? 0)) bestLen = j;
  return end - bestLen;
}

/**
 * Every place where `pattern` occurs with at most `maxErrors` edits, one per local minimum of
 * errors, at most `limit` of them (fewest errors first).
 */
export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  limit: number,
): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  // col[i]: edit distance of pattern[0..i) against the best text substring ending here.
  let col = Array.from({ length: m + 1 }, (_, i) => i);
  let lastActive = Math.min(maxErrors, m);
  const ends: { end: number; errors: number }[] = [];
  for (let j = 1; j <= text.length; j++) {
    const tc = text[j - 1];
    const next = [0];
    const top = Math.min(m, lastActive + 1);
    for (let i = 1; i <= top; i++) {
      const cost = pattern[i - 1] === tc ? 0 : 1;
      const diag = (col[i - 1] ?? m) + cost;
      const up = (next[i - 1] ?? m) + 1;
      const left = (i <= lastActive ? (col[i] ?? m) : m) + 1;
      next.push(Math.min(diag, up, left));
    }
    for (let i = top + 1; i <= m; i++) next.push(maxErrors + 1);
    lastActive = top;
    while (lastActive > 0 && (next[lastActive] ?? m) > maxErrors) lastActive--;
    col = next;
    const errors = col[m] ?? m;
    if (errors <= maxErrors) ends.push({ end: j, errors });
  }
  // Keep the best end of each run of adjacent ends: they describe the same occurrence.
  const minima: { end: number; errors: number }[] = [];
  let runEnd = -2;
  for (const e of ends) {
    const last = minima[minima.length - 1];
    if (last && e.end - runEnd <= 1) {
      if (e.errors < last.errors) minima[minima.length - 1] = e;
    } else minima.push(e);
    runEnd = e.end;
  }
  return minima
    .sort((a, b) => a.errors - b.errors)
    .slice(0, limit)
    .map((e) => ({
      start: alignStart(text, pattern, e.end, maxErrors),
      end: e.end,
      errors: e.errors,
    }));
}
