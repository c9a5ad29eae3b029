/** Runs `run` at most once per `waitMs`, trailing: the last call in a burst is never lost. */
export function throttled(run: () => void, waitMs: number): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, last + waitMs - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      last = performance.now();
      run();
    }, wait);
  };
}

/** Calls `onChange` (throttled) when the page or any scroll container scrolls, or the window resizes. */
export function onViewportChange(doc: Document, onChange: () => void, waitMs: number): () => void {
  const view = doc.defaultView;
  const handler = throttled(onChange, waitMs);
  // Capture: scrolling inside any container moves content too, not only the window.
  const options = { capture: true, passive: true };
  doc.addEventListener("scroll", handler, options);
  view?.addEventListener("resize", handler, { passive: true });
  return () => {
    doc.removeEventListener("scroll", handler, options);
    view?.removeEventListener("resize", handler);
  };
}
