/**
 * Warming the engine host before any page asks: every language's matcher is built, then a page
 * of catalogue phrases in running text goes through the whole conversation a few times, so the
 * stream, selection and language code a page's first request runs is already compiled and
 * optimised. Nothing here changes what a page is told: matchers are the ones a request builds.
 */
import { LANGUAGES } from "@gapmap/core/catalogue";
import { getCatalogueIndex } from "../platform/catalogue";
import { matcherNow } from "../highlight/page-matcher";
import type { FromEngineHost, ToEngineHost } from "../platform/messages";
import { engineSession } from "./engine-session";

/** Runs of the warm-up page for all languages after one per language: V8 optimises by then. */
const WARM_RUNS = 3;
/** Texts per message in the warm-up conversations. */
const WARM_TEXTS_PER_MESSAGE = 256;
/** Catalogue phrases per language on the warm-up page. */
const PHRASES_PER_LANGUAGE = 80;

/** Running text around catalogue phrases: figures, years, a menu and a table's cells. */
export function warmUpTexts(): string[] {
  const texts: string[] = [];
  const taken = new Map<string, number>();
  for (const phrase of getCatalogueIndex().phrases) {
    const count = taken.get(phrase.lang) ?? 0;
    if (count >= PHRASES_PER_LANGUAGE) continue;
    taken.set(phrase.lang, count + 1);
    texts.push(
      `In 2021 the ${phrase.text} rose to 12,345 (3.4%), `,
      "up from",
      ` 11,002 in 2019; ${phrase.text}`,
      phrase.text,
      "1 250",
      "Home",
    );
  }
  return texts;
}

/** One conversation as a page holds it: texts in pieces, every other asked boundary a break. */
function warmConversation(texts: string[], declaredLang: string | undefined): void {
  const session = engineSession();
  const pending: FromEngineHost[] = [];
  const send = (message: ToEngineHost) => pending.push(...session(message));
  send(
    declaredLang === undefined
      ? { type: "gapmap/host-start" }
      : { type: "gapmap/host-start", declaredLang },
  );
  for (let i = 0; i < texts.length; i += WARM_TEXTS_PER_MESSAGE) {
    send({ type: "gapmap/host-texts", texts: texts.slice(i, i + WARM_TEXTS_PER_MESSAGE) });
  }
  send({ type: "gapmap/host-walked" });
  send({ type: "gapmap/host-end", boilerplate: [0, 40] });
  for (let reply = pending.shift(); reply !== undefined; reply = pending.shift()) {
    if (reply.type !== "gapmap/host-ask-breaks") continue;
    const breaks = reply.boundaries.filter((_, i) => i % 2 === 0);
    send({ type: "gapmap/host-breaks", boundaries: reply.boundaries, breaks });
  }
}

/**
 * The warm-up in pieces (a matcher, one run of the page): a page's request arriving meanwhile
 * is answered between two pieces rather than after the whole warm-up.
 */
export function warmUpPieces(): (() => void)[] {
  const pieces: (() => void)[] = [() => matcherNow(undefined)];
  for (const lang of LANGUAGES) pieces.push(() => matcherNow(lang));
  let texts: string[] | undefined;
  // Each language's stemmer and matcher once, then the shared code (stream, selection) again.
  const conversations = [...LANGUAGES, ...Array<undefined>(WARM_RUNS).fill(undefined)];
  for (const declaredLang of conversations) {
    pieces.push(() => {
      texts ??= warmUpTexts();
      warmConversation(texts, declaredLang);
    });
  }
  return pieces;
}

/**
 * Runs the pieces one task each; resolves with the milliseconds from start to end. Tasks are
 * posted on a MessageChannel: a hidden document's timers may be throttled to one a second.
 * Before each piece, `idle()` is awaited: a page tagged meanwhile (the first tab after a
 * browser start) has the host to itself rather than every other task.
 */
export function warmEngine(
  pieces = warmUpPieces(),
  idle: () => Promise<void> = () => Promise.resolve(),
): Promise<number> {
  const started = performance.now();
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    let next = 0;
    const nextPiece = () => {
      void idle().then(() => {
        channel.port2.postMessage(null);
      });
    };
    channel.port1.onmessage = () => {
      const piece = pieces[next++];
      if (piece === undefined) {
        channel.port1.close();
        resolve(performance.now() - started);
        return;
      }
      piece();
      nextPiece();
    };
    nextPiece();
  });
}
