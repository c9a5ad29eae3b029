/**
 * Offline checks of manifest.xml (the store's validator needs the internet): read it with
 * office-addin-manifest, then check the ID, the URLs, the icons and the requirement sets.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it } from "vitest";
import { compareApiVersions, EXCEL_API_SET, requiredExcelApiVersion } from "./requirement-sets";

const MANIFEST_PATH = fileURLToPath(new URL("../../manifest.xml", import.meta.url));
const ASSETS_DIR = fileURLToPath(new URL("../../assets/", import.meta.url));
/** The dev server and the build serve excel-addin/assets at this URL path. */
const SERVED_ROOT = "https://localhost:3000/";
const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const xml = readFileSync(MANIFEST_PATH, "utf8");
const allUrls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(\w+:\/\/[^"<]+)/g)].map(
  (m) => m[1] ?? "",
);

describe("manifest.xml", () => {
  it("has a GUID id, the Workbook host and ReadWriteDocument", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(info.id).toMatch(GUID_RE);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.defaultSettings?.sourceLocation).toBe(`${SERVED_ROOT}taskpane.html`);
  });

  it("uses HTTPS for every URL", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    const fromReader = [info.iconUrl, info.highResolutionIconUrl, info.supportUrl];
    expect(allUrls.length).toBeGreaterThan(5);
    for (const url of [...allUrls, ...fromReader]) expect(url).toMatch(/^https:\/\//);
  });

  it("points every icon at a PNG that exists in excel-addin/assets", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    const icons = new Set([
      info.iconUrl ?? "",
      info.highResolutionIconUrl ?? "",
      ...allUrls.filter((url) => url.endsWith(".png")),
    ]);
    expect(icons.size).toBeGreaterThanOrEqual(4);
    for (const url of icons) {
      expect(url.startsWith(`${SERVED_ROOT}assets/`), url).toBe(true);
      const file = url.slice(`${SERVED_ROOT}assets/`.length);
      expect(existsSync(`${ASSETS_DIR}${file}`), file).toBe(true);
    }
  });

  it("declares an ExcelApi version covering every API the adapter uses", () => {
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\s*\/>/.exec(xml)?.[1];
    expect(declared).toBeDefined();
    expect(compareApiVersions(declared ?? "0", requiredExcelApiVersion())).toBeGreaterThanOrEqual(
      0,
    );
    expect(xml).toContain(`Name="${EXCEL_API_SET}"`);
  });

  it("localises the description, the links and every ribbon string in fr, es and ru", () => {
    const texts = [
      ...xml.matchAll(
        /<(Description|SupportUrl|bt:String|bt:Url) ([^>]*DefaultValue="[^"]*")(\/?)>/g,
      ),
    ].filter((m) => !(m[2] ?? "").includes("Taskpane.Url"));
    expect(texts).toHaveLength(2 + 1 + 5);
    for (const match of texts) {
      const [opening = "", element = "", attributes = "", selfClosing = ""] = match;
      expect(selfClosing, attributes).toBe("");
      const from = match.index + opening.length;
      const body = xml.slice(from, xml.indexOf(`</${element}>`, from));
      const locales = [...body.matchAll(/Override Locale="([^"]+)" Value="[^"]+"/g)];
      expect(locales.map((m) => m[1]).sort(), attributes).toEqual(["es-ES", "fr-FR", "ru-RU"]);
    }
  });

  it("keeps localised strings within the schema's lengths (short 125, long 250)", () => {
    const section = (name: string) =>
      new RegExp(`<bt:${name}>([\\s\\S]*?)</bt:${name}>`).exec(xml)?.[1] ?? "";
    const values = (text: string) =>
      [...text.matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)].map((m) => m[1] ?? "");
    const short = values(section("ShortStrings"));
    const long = values(section("LongStrings"));
    expect(short.length).toBe(3 * 4);
    expect(long.length).toBe(2 * 4);
    for (const text of short) expect(text.length, text).toBeLessThanOrEqual(125);
    for (const text of long) expect(text.length, text).toBeLessThanOrEqual(250);
  });

  it("opens the task pane from a Home tab button", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });
});
