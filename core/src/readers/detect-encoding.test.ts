import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "./detect-encoding";

const RUSSIAN =
  "Регион;Выдано разрешений на работу;Поставлено на миграционный учёт\nЦентральный федеральный округ;12345;67890\nМосква;2345;6789\n";
const FRENCH =
  "Pays d'origine;Réfugiés;Demandeurs d'asile\nCôte d'Ivoire;123;45\nRépublique centrafricaine;678;90\nÉrythrée;12;3\n";

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const plain = decodeText(Buffer.from(RUSSIAN, "utf8"));
    expect(plain).toMatchObject({ text: RUSSIAN, encoding: "utf-8", confident: true });
    const bom = decodeText(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, "utf8")]),
    );
    expect(bom).toMatchObject({ text: FRENCH, encoding: "utf-8-bom" });
  });

  it("round-trips Cyrillic text saved as Windows-1251", () => {
    const decoded = decodeText(iconv.encode(RUSSIAN, "win1251"));
    expect(decoded.encoding).toBe("windows-1251");
    expect(decoded.text).toBe(RUSSIAN);
    expect(decoded.confident).toBe(true);
  });

  it("round-trips accented Latin text saved as Windows-1252", () => {
    const decoded = decodeText(iconv.encode(FRENCH, "win1252"));
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toBe(FRENCH);
  });

  it("reads UTF-16 with a BOM", () => {
    const decoded = decodeText(iconv.encode(FRENCH, "utf-16le", { addBOM: true }));
    expect(decoded.encoding).toBe("utf-16le");
    expect(decoded.text).toBe(FRENCH);
  });
});
