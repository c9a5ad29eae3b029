import { afterEach, describe, expect, it, vi } from "vitest";
import { parsePage } from "./load-page";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parsePage", () => {
  it("keeps jsdom's complaints about the page's own CSS off the user's terminal", () => {
    const printed = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
    const page = parsePage(
      "<html><head><style>@media {{{ .x { color: </style></head><body><p>Refugees 2023</p></body></html>",
    );
    expect(page.text).toContain("Refugees 2023");
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  });
});
