/**
 * Reaching a page right after a gesture. A gesture grants the extension the page (activeTab)
 * in the browser, which then tells the page's renderer; the first script the gesture's handler
 * injects can reach the renderer before that news does, and the renderer refuses it with
 * "Cannot access contents of the page" (without the URL: it does not know the grant yet; the
 * browser's own check, which does, names the URL). On a loaded machine this happened to 2 of 51
 * shortcut presses (windowed Chromium 150 on Xvfb), and the shortcut's e2e test failed the same
 * way in CI. So the first call after a gesture is tried again, a few times over a few seconds,
 * on that error only; any other error, or the same one for longer (a page no gesture can grant
 * gives the same words), is the page's real answer, shown then (gesture-feedback.ts).
 */

/** The renderer's refusal before it knows of the grant. */
const NOT_YET_GRANTED = /^Cannot access contents of the page\./;

/** Waits between tries (ms): about 4.5 s in all, far longer than the delays seen. */
export const GRANT_RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1000, 1000, 1000] as const;

export function isNotYetGranted(error: unknown): boolean {
  return error instanceof Error && NOT_YET_GRANTED.test(error.message);
}

/** Runs `reach`, trying again while the page refuses it as not (yet) granted. */
export async function afterGrantArrives<T>(reach: () => Promise<T>): Promise<T> {
  for (const delay of GRANT_RETRY_DELAYS_MS) {
    try {
      return await reach();
    } catch (error) {
      if (!isNotYetGranted(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return reach();
}
