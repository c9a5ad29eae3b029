/**
 * The first card and the first badge on a tagged page, in the traced tab: the first of them
 * makes the overlay host (overlay-host.ts), whose insertion re-lays out and repaints the page.
 * The bench hovers a painted mention in view (its card), then a table scrolled into view (its
 * badge); each goes on the page's timeline as a gapmap:* measure, from the pointer's move until
 * two frames after the card or badge appeared, so that task-trace.ts can list the trace's tasks
 * inside it by thread CPU.
 */
import type { Page } from "playwright-core";

export const CARD_MEASURE = "overlay/card";
export const BADGE_MEASURE = "overlay/badge";
const OVERLAY = "document.getElementById('gapmap-overlay')?.shadowRoot";
/** Lets the page settle (paint batches, a scroll's repaint) before a hover is measured. */
const SETTLE_MS = 800;
/** How long a card or badge may take to appear at 4× CPU before the bench gives up on it. */
const APPEAR_TIMEOUT_MS = 5000;

// Main world: the centre of the first painted mention inside the viewport (the highlight
// registry is the document's, shared with the content script's world).
const MENTION_IN_VIEW = `(() => {
  const highlight = CSS.highlights.get("gapmap-indicator");
  for (const r of highlight ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const b = range.getBoundingClientRect();
    if (b.width > 0 && b.top >= 0 && b.bottom <= innerHeight && b.right <= innerWidth)
      return [b.left + b.width / 2, b.top + b.height / 2];
  }
  return null;
})()`;
// Main world: scrolls the first table's middle into view; the centre of its first data row.
const TABLE_IN_VIEW = `(() => {
  const table = document.querySelector("table");
  if (table === null) return null;
  table.scrollIntoView({ block: "center" });
  const b = (table.rows[1] ?? table).getBoundingClientRect();
  return [b.left + Math.min(b.width / 2, 40), b.top + b.height / 2];
})()`;
const TWO_FRAMES = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))`;

/** Hovers at `point`, waits for `appeared` and two frames; the span is measured as `name`. */
async function measuredHover(
  page: Page,
  name: string,
  point: [number, number],
  appeared: string,
): Promise<boolean> {
  const start = await page.evaluate<number>("performance.now()");
  await page.mouse.move(point[0], point[1]);
  try {
    await page.waitForFunction(appeared, undefined, { timeout: APPEAR_TIMEOUT_MS, polling: 20 });
  } catch {
    return false;
  }
  await page.evaluate(TWO_FRAMES);
  await page.evaluate(`performance.measure("gapmap:${name}", { start: ${start} })`);
  return true;
}

/**
 * Shows the page's first card, then its first badge, each measured; returns what could not be
 * measured (nothing in view to hover, or nothing appeared). The card is closed afterwards.
 */
export async function hoverFirstCardAndBadge(page: Page): Promise<string[]> {
  const missed: string[] = [];
  // Playwright sets up its injected script on the first wait (a 100 ms task at 4× CPU): now.
  await page.waitForFunction("true");
  await page.waitForTimeout(SETTLE_MS);
  const mention = await page.evaluate<[number, number] | null>(MENTION_IN_VIEW);
  const card = `!!${OVERLAY}?.querySelector(".card")`;
  if (mention === null) missed.push("no painted mention in view");
  else if (!(await measuredHover(page, CARD_MEASURE, mention, card))) missed.push("no card");
  const table = await page.evaluate<[number, number] | null>(TABLE_IN_VIEW);
  await page.waitForTimeout(SETTLE_MS);
  const badge = `!!${OVERLAY}?.querySelector(".badge:not([hidden])")`;
  if (table === null) missed.push("no table");
  else if (!(await measuredHover(page, BADGE_MEASURE, table, badge))) missed.push("no badge");
  await page.mouse.move(0, 0);
  await page.keyboard.press("Escape");
  return missed;
}
