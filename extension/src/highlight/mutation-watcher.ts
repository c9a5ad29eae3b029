/** Re-tags after the page adds content, debounced so a burst of mutations costs one scan. */

export const RESCAN_DEBOUNCE_MS = 400;

export function watchMutations(
  root: Node,
  ownHost: Element | null,
  onSettled: () => void,
  debounceMs: number = RESCAN_DEBOUNCE_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    // Changes inside our own card or badges are not page content.
    const relevant = records.some((r) => ownHost === null || !ownHost.contains(r.target));
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
