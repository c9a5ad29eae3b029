/** Whether the pane is wide enough for two panes (web mode on a desktop screen). */
import { useEffect, useState } from "react";

export const WIDE_QUERY = "(min-width: 800px)";

function wideQuery(): MediaQueryList | undefined {
  return typeof window === "undefined" || typeof window.matchMedia !== "function"
    ? undefined
    : window.matchMedia(WIDE_QUERY);
}

export function useWide(): boolean {
  const [wide, setWide] = useState(() => wideQuery()?.matches ?? false);
  useEffect(() => {
    const query = wideQuery();
    if (query === undefined) return;
    const update = () => {
      setWide(query.matches);
    };
    update();
    query.addEventListener("change", update);
    return () => {
      query.removeEventListener("change", update);
    };
  }, []);
  return wide;
}
