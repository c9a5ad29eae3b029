/** When what was just changed has been through a rendered frame (style, layout and paint). */

/** A hidden tab renders no frames; never wait longer than this for one. */
export const FRAME_WAIT_LIMIT_MS = 200;

/** Resolves with performance.now() after the next frame has rendered (or the limit passed). */
export function afterNextFrame(doc: Document): Promise<number> {
  const view = doc.defaultView;
  if (view === null || doc.visibilityState !== "visible") {
    return Promise.resolve(performance.now());
  }
  return new Promise((resolve) => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      resolve(performance.now());
    };
    const limit = setTimeout(settle, FRAME_WAIT_LIMIT_MS);
    afterFrameRenders(view, () => {
      clearTimeout(limit);
      settle();
    });
  });
}

/** Calls `then` in a task after the next frame has rendered (no limit: a hidden tab waits). */
export function afterFrameRenders(view: Window, then: () => void): void {
  // rAF runs before the frame renders; a task queued from it runs after.
  view.requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      then();
    };
    channel.port2.postMessage(null);
  });
}
