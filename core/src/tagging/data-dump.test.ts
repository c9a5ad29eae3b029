import { describe, expect, it } from "vitest";
import { dataDumpTest, isDataDumpLine, lineAt } from "./data-dump";

describe("data dumps", () => {
  const dump = `{"SM_POP_REFG_OR"=>"Удио избјеглица", "VC_HTF_DETV"=>"Жртве трговине људима", "BX_TRF_PWKR"=>"Дознаке"}`;

  it("tells a printed code list (Ruby hash or JSON) from prose", () => {
    const text = `Refugees in 2023\n  ${dump}\n{"a": 1, "b": [2], "c": "x"}\n[1] Refugees: "a" and "b" in 2023\nRefugees {"x": 1}`;
    const lines = text.split("\n");
    const at = (i: number) => lines.slice(0, i).join("\n").length + (i > 0 ? 1 : 0);
    expect(lines.map((_, i) => isDataDumpLine(text, lineAt(text, at(i))))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it("answers for every offset of a line, in any order", () => {
    const text = `Дознаке 2023\n${dump}\nДознаке`;
    const test = dataDumpTest(text);
    const inDump = text.indexOf("Жртве");
    expect([test(inDump), test(0), test(inDump + 30), test(text.length - 3)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});
