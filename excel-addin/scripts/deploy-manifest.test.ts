import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEV_MANIFEST,
  deployManifest,
  manifestVersion,
  parseBaseUrl,
  readDevManifest,
} from "./deploy-manifest";
import { manifestSchemaErrors } from "./validate-manifest";

const dir = mkdtempSync(join(tmpdir(), "gapmap-manifest-"));
function written(name: string, xml: string): string {
  const path = join(dir, name);
  writeFileSync(path, xml);
  return path;
}
const deployed = deployManifest(
  readDevManifest(),
  parseBaseUrl("https://intranet.example/gapmap"),
  "1.2.3",
);

describe("the deployed add-in manifest", () => {
  it("points every URL at the base URL, with the icons, support page and app domain", () => {
    const at = (path: string) => `"https://intranet.example/gapmap/${path}"`;
    expect(deployed).toContain(`<SourceLocation DefaultValue=${at("taskpane.html")}/>`);
    for (const size of [32, 64, 80]) expect(deployed).toContain(at(`assets/icon-${size}.png`));
    expect(deployed).toContain(`<SupportUrl DefaultValue=${at("help.html")}>`);
    expect(deployed).toContain("<AppDomain>https://intranet.example</AppDomain>");
    expect(deployed).toContain("<Version>1.2.3.0</Version>");
    expect(deployed).not.toMatch(/localhost/);
  });

  it("is valid against Microsoft's XSD schemas, like the development manifest", () => {
    expect(manifestSchemaErrors(written("deployed.xml", deployed))).toEqual([]);
    expect(manifestSchemaErrors(DEV_MANIFEST)).toEqual([]);
  });

  it("fails the schema when an element is out of order or a version is malformed", () => {
    const swapped = deployed.replace(
      /(<SupportUrl[\s\S]*?<\/SupportUrl>)(\s*)(<AppDomains>[\s\S]*?<\/AppDomains>)/,
      "$3$2$1",
    );
    expect(swapped).not.toBe(deployed);
    expect(manifestSchemaErrors(written("swapped.xml", swapped)).join("\n")).toMatch(
      /SupportUrl.*not expected/,
    );
    const badVersion = deployed.replace(/<Version>[^<]*</, "<Version>one<");
    expect(manifestSchemaErrors(written("version.xml", badVersion)).join("\n")).toMatch(/Version/);
  });

  it("refuses a base URL that is not HTTPS, and versions that are not n.n.n", () => {
    expect(() => parseBaseUrl("http://intranet.example/gapmap/")).toThrow(/https/);
    expect(() => parseBaseUrl("intranet/gapmap")).toThrow(/not a URL/);
    expect(manifestVersion("0.10.2")).toBe("0.10.2.0");
    expect(() => manifestVersion("1.x")).toThrow(/n\.n\.n/);
  });
});
