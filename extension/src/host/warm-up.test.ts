import { describe, expect, test } from "vitest";
import { warmEngine } from "./warm-up";

describe("the warm-up gives way to the pages", () => {
  test("no piece runs while a page is served; all run, in order, once it is done", async () => {
    const ran: number[] = [];
    let pageDone: () => void = () => undefined;
    let page: Promise<void> | undefined = new Promise((resolve) => (pageDone = resolve));
    const idle = () => page ?? Promise.resolve();
    const warmed = warmEngine(
      [0, 1, 2].map((i) => () => {
        ran.push(i);
      }),
      idle,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual([]);
    page = undefined;
    pageDone();
    expect(await warmed).toBeGreaterThanOrEqual(0);
    expect(ran).toEqual([0, 1, 2]);
  });
});
