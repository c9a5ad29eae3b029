/** Component tests run the pane at a width: narrow (Excel's pane) unless a test says wide. */
import { WIDE_QUERY } from "../use-wide";

export function setPaneWidth(width: number): void {
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    value: (query: string) => ({
      matches: query === WIDE_QUERY && width >= 800,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }),
  });
}
