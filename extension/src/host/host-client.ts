/**
 * The content script's side of the engine host: it sends the walk's texts as they are read,
 * answers the host's block-break questions from the DOM, and at the end gets the reported
 * mentions and language — or undefined when no host answers properly (none running, an error,
 * a broken or late reply), so that the page runs the same steps itself.
 */
import type { Mention, TextSpan } from "@gapmap/core/tagging";
import { ENGINE_HOST_PORT, type ToEngineHost } from "../platform/messages";
import { readFromEngineHost } from "./from-host-guard";
import { unpackMentions } from "./packed-mentions";

/** A host still silent this long after the text ended is taken for gone (the page tags alone). */
const REPLY_TIMEOUT_MS = 5_000;

/** What the client needs of a runtime port (chrome.runtime.Port; a fake in tests). */
export interface HostPort {
  postMessage(message: ToEngineHost): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface HostAnswer {
  mentions: Mention[];
  lang: {
    lang: string;
    source: "attribute" | "guess";
    confidence: number;
    script?: string | undefined;
  };
}

export interface HostSession {
  /** The next texts the walk read, in order. */
  sendTexts(texts: string[]): void;
  /** The walk is over, no more texts: the host prepares its report while the page goes on. */
  walked(): void;
  /** No more text: the host's answer, or undefined (tag in the page). */
  finish(boilerplateSpans: readonly TextSpan[]): Promise<HostAnswer | undefined>;
}

/** A port of this name to the extension (its engine host), or undefined outside an extension. */
export function connectExtension(name: string): chrome.runtime.Port | undefined {
  const runtime = (globalThis as { chrome?: typeof chrome }).chrome?.runtime;
  if (typeof runtime?.connect !== "function") return undefined;
  try {
    return runtime.connect({ name });
  } catch {
    return undefined; // the extension was reloaded under this page: its context is gone
  }
}

/** The extension's engine host port, or undefined outside an extension. */
export function connectEngineHost(): HostPort | undefined {
  return connectExtension(ENGINE_HOST_PORT);
}

/**
 * Opens a conversation with the host; `breakBefore(i)` says whether walked node `i` starts a
 * new block compared with node `i - 1`. Undefined when there is no port at all.
 */
export function openHostSession(
  declaredLang: string | undefined,
  breakBefore: (i: number) => boolean,
  port: HostPort | undefined = connectEngineHost(),
): HostSession | undefined {
  if (port === undefined) return undefined;
  let failed = false;
  let settle: ((answer: HostAnswer | undefined) => void) | undefined;
  let outcome: { answer: HostAnswer | undefined } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const end = (answer: HostAnswer | undefined) => {
    if (outcome !== undefined) return;
    outcome = { answer };
    failed = answer === undefined;
    if (timer !== undefined) clearTimeout(timer);
    try {
      port.disconnect();
    } catch {
      // already gone
    }
    settle?.(answer);
  };
  // Posting on a port whose other end is gone throws: the page then tags by itself.
  const post = (message: ToEngineHost) => {
    if (failed || outcome !== undefined) return;
    try {
      port.postMessage(message);
    } catch {
      end(undefined);
    }
  };

  port.onDisconnect.addListener(() => {
    end(undefined);
  });
  // The reply's pieces, unpacked as each arrives (each message is a task of its own).
  const received: Mention[] = [];
  port.onMessage.addListener((raw) => {
    const reply = readFromEngineHost(raw);
    if (reply === undefined) {
      end(undefined);
      return;
    }
    if (reply.type === "gapmap/host-error") {
      end(undefined);
      return;
    }
    if (reply.type === "gapmap/host-ask-breaks") {
      const breaks = reply.boundaries.filter((i) => breakBefore(i));
      post({ type: "gapmap/host-breaks", boundaries: reply.boundaries, breaks });
      return;
    }
    try {
      for (const m of unpackMentions(reply.mentions)) received.push(m);
      if (reply.type === "gapmap/host-mentions") end({ mentions: received, lang: reply.lang });
    } catch {
      end(undefined);
    }
  });
  post(
    declaredLang === undefined
      ? { type: "gapmap/host-start" }
      : { type: "gapmap/host-start", declaredLang },
  );

  return {
    sendTexts(texts) {
      if (texts.length > 0) post({ type: "gapmap/host-texts", texts });
    },
    walked() {
      post({ type: "gapmap/host-walked" });
    },
    finish(boilerplateSpans) {
      const boilerplate: number[] = [];
      for (const span of boilerplateSpans) boilerplate.push(span.start, span.end);
      post({ type: "gapmap/host-end", boilerplate });
      if (outcome !== undefined) return Promise.resolve(outcome.answer);
      return new Promise((resolve) => {
        settle = resolve;
        timer = setTimeout(() => {
          end(undefined);
        }, REPLY_TIMEOUT_MS);
      });
    },
  };
}
