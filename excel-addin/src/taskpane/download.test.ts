// @vitest-environment jsdom
/** download.html's script: the file in the fragment is offered as a download, its text inert. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DOCX_MIME, downloadLink } from "../host/download-link";

const page = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "download.html"), "utf8");

async function open(href: string) {
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(page)?.[1] ?? "";
  window.history.replaceState(null, "", href);
  const blobs: Blob[] = [];
  const clicked: string[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return "blob:fake";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.download);
  });
  vi.resetModules();
  await import("./download");
  return { blobs, clicked, status: document.getElementById("status")?.textContent ?? "" };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("download.html", () => {
  it("saves the file carried in its address, without interpreting it", async () => {
    const text = '<img src=x onerror="alert(1)">,=HYPERLINK("x")\r\n';
    const link = downloadLink(window.location.href, { name: "gaps.csv", type: "text/csv", text });
    const { blobs, clicked, status } = await open(new URL(link).pathname + new URL(link).hash);
    expect(clicked).toEqual(["gaps.csv"]);
    const blob = blobs[0];
    if (!blob) throw new Error("no Blob was made");
    const read = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(typeof reader.result === "string" ? reader.result : "");
      };
      reader.readAsText(blob);
    });
    expect(read).toBe(text);
    expect(blob.type).toBe("text/csv");
    expect(status).toContain("gaps.csv");
    expect(document.querySelector("img")).toBeNull();
  });

  it("saves a report carried as base64 byte for byte", async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    const base64 = btoa(String.fromCharCode(...bytes));
    const link = downloadLink(window.location.href, {
      name: "rapport.docx",
      type: DOCX_MIME,
      base64,
    });
    const { blobs, clicked } = await open(new URL(link).pathname + new URL(link).hash);
    expect(clicked).toEqual(["rapport.docx"]);
    const blob = blobs[0];
    if (!blob) throw new Error("no Blob was made");
    expect(blob.type).toBe(DOCX_MIME);
    const read = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(new Uint8Array(reader.result as ArrayBuffer));
      };
      reader.readAsArrayBuffer(blob);
    });
    expect(Array.from(read)).toEqual(Array.from(bytes));
  });

  it("says so when the address holds no file", async () => {
    const { clicked, status } = await open("/download.html#not-a-file");
    expect(clicked).toEqual([]);
    expect(status).toMatch(/holds no file/);
  });
});
