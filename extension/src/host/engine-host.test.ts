// @vitest-environment happy-dom
/**
 * The warm engine host must report what the page's own path does: the same pages are tagged
 * with no host (the in-page steps) and through a host session behind a fake port that copies
 * every message as JSON, as a runtime port does. A host that errs, vanishes or answers nonsense
 * leaves the page to tag by itself, with the same result.
 */
import "../testing/bundled-catalogue";
import { loadPage, REAL_PAGES } from "../testing/real-pages";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { tagPage } from "../highlight/page-tagger";
import { fakeHost } from "../testing/fake-host-port";
import type { HostPort } from "./host-client";

const INLINE_PAGE = `
  <h1>Statistiques</h1>
  <p>Les <em>demandes</em> d'asile ont augmenté en 2014 : 23 765 demandes d'asile.</p>
  <table><tr><td>Net</td><td>migration</td></tr><tr><td>12 000</td><td>2019</td></tr></table>
  <div>Net</div><div>migration</div><p>Net <b>migration</b> reached 40,000 in 2020.</p>`;

/** Makes the page's `chrome.runtime.connect` hand out `port` (the content script's route). */
function installPort(port: HostPort | (() => never)): void {
  const connect = typeof port === "function" ? port : () => port;
  (globalThis as unknown as { chrome?: unknown }).chrome = { runtime: { connect } };
}

afterEach(() => {
  delete (globalThis as unknown as { chrome?: unknown }).chrome;
});

async function tagAlone(html: string) {
  loadPage(html);
  const tagged = await tagPage(document, null, []);
  return { mentions: tagged.mentions, lang: tagged.state.lang, tables: tagged.state.tables };
}

async function tagWith(html: string, port: HostPort | (() => never)) {
  loadPage(html);
  installPort(port);
  const tagged = await tagPage(document, null, []);
  return { mentions: tagged.mentions, lang: tagged.state.lang, tables: tagged.state.tables };
}

describe("the engine host reports what the page's own steps do", () => {
  test.each(REAL_PAGES)("%s", async (_name, path) => {
    const html = readFileSync(path, "utf8");
    const alone = await tagAlone(html);
    const host = fakeHost();
    const hosted = await tagWith(html, host.port);
    expect(host.sent.map((m) => m.type)).toContain("gapmap/host-end");
    expect(hosted).toEqual(alone);
    expect(alone.mentions.length).toBeGreaterThan(0);
  });

  test("asks the page about block breaks where a phrase is open, and uses the answers", async () => {
    const body = `<html lang="en"><body>${INLINE_PAGE}</body></html>`;
    const alone = await tagAlone(body);
    const host = fakeHost();
    const hosted = await tagWith(body, host.port);
    expect(host.sent.map((m) => m.type)).toContain("gapmap/host-breaks");
    expect(hosted).toEqual(alone);
    // "Net" | "migration" in two cells or divs is not one phrase; across inline markup it is.
    const texts = hosted.mentions.map((m) => m.text);
    expect(texts).toContain("Net \nmigration");
    expect(texts).not.toContain("Net\nmigration");
  });

  test.each([
    ["an error reply", () => [{ type: "gapmap/host-error", error: "broken" }]],
    ["a reply of another shape", () => [{ type: "gapmap/host-mentions", mentions: [] }]],
    ["packed arrays of different lengths", () => [brokenPacking()]],
  ])("tags in the page after %s", async (_name, answer) => {
    const body = `<html lang="fr"><body>${INLINE_PAGE}</body></html>`;
    const alone = await tagAlone(body);
    expect(await tagWith(body, fakeHost(answer).port)).toEqual(alone);
  });

  test("tags in the page when no host can be reached", async () => {
    const body = `<html lang="fr"><body>${INLINE_PAGE}</body></html>`;
    const alone = await tagAlone(body);
    const unreachable = (): never => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    };
    await expect(tagWith(body, unreachable)).resolves.toEqual(alone);
  });
});

function brokenPacking() {
  return {
    type: "gapmap/host-mentions",
    lang: { lang: "fr", source: "attribute", confidence: 1 },
    mentions: {
      ids: ["x"],
      id: [0, 0],
      start: [0],
      end: [1],
      score: [1],
      text: ["a"],
      inflected: [],
      alternatives: [],
      runnerUps: [],
    },
  };
}
