/** The task pane's state and the actions that move it through scan → review → needs → gaps. */
import { getCatalogue } from "@gapmap/catalog";
import { type Assessment, type Catalogue, type MergeInput } from "@gapmap/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { HostError, type Host, type LoadedWorkbook } from "../host/host";
import type { ScanProgress } from "./components/ScanStep";
import {
  describeImportError,
  mergeWithImports,
  parseInventoryFile,
} from "./model/import-inventory";
import { buildProfile, type NeedsChoice } from "./model/needs-edits";
import { EMPTY_CHOICE } from "./model/restore-session";
import { acceptedRecords, inventoryOf, type TableReview } from "./model/review";
import { exportAssessment, runAssessment, type ExportFormat } from "./model/run-assessment";
import { scanSheets, type FoundTable } from "./model/scan-sheets";
import { confirmationsOf } from "./model/table-decisions";
import { useAutosave, useSession, type Restored, type SessionSnapshot } from "./use-session";

export type Step = "scan" | "review" | "needs" | "gaps";

/** What the user sees for any failure: adapter/host messages as written, others by their text. */
export function userMessageOf(error: unknown): string {
  if (error instanceof HostError) return error.userMessage;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function useWorkflow(host: Host, catalogue: Catalogue = getCatalogue()) {
  const [step, setStep] = useState<Step>("scan");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [progress, setProgress] = useState<ScanProgress>();
  const [found, setFound] = useState<FoundTable[]>();
  const [fileName, setFileName] = useState("workbook");
  const [parsedIn, setParsedIn] = useState<LoadedWorkbook["parsedIn"]>();
  const [reviews, setReviews] = useState<ReadonlyMap<string, TableReview>>(new Map());
  const [highlighted, setHighlighted] = useState<string>();
  const [imports, setImports] = useState<MergeInput[]>([]);
  const [choice, setChoiceState] = useState<NeedsChoice>(EMPTY_CHOICE);
  const [assessment, setAssessment] = useState<Assessment>();
  const [pendingReplace, setPendingReplace] = useState<string[]>();
  const [kept, setKept] = useState<Pick<Restored, "keptProfile" | "savedInventory">>({});
  const guard = useRef(false);

  /** A restored session fills only what the user has not filled in this session. */
  const onRestore = useCallback((restored: Restored) => {
    const { choice: savedChoice, imports: savedImports } = restored;
    if (savedChoice) setChoiceState((prev) => (prev.presetId === "" ? savedChoice : prev));
    if (savedImports) setImports((prev) => (prev.length === 0 ? [savedImports] : prev));
    setKept({
      ...(restored.keptProfile ? { keptProfile: restored.keptProfile } : {}),
      ...(restored.savedInventory ? { savedInventory: restored.savedInventory } : {}),
    });
  }, []);
  const onSaveError = useCallback((caught: unknown) => {
    setError(userMessageOf(caught));
  }, []);
  const session = useSession(host, catalogue, onRestore, onSaveError);
  const { touch } = session;

  /** Runs one user action: one at a time, errors shown, never swallowed. */
  const act = useCallback(async (work: () => Promise<void>) => {
    if (guard.current) return;
    guard.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(userMessageOf(caught));
    } finally {
      guard.current = false;
      setBusy(false);
    }
  }, []);

  const scan = (file: File | undefined) =>
    act(async () => {
      const label = file?.name ?? "workbook";
      setFound(undefined);
      setAssessment(undefined);
      setProgress({ fileName: label, readFraction: 0, sheets: new Map() });
      const workbook = await host.readWorkbook(file, (p) => {
        setProgress(
          (prev) =>
            prev && {
              ...prev,
              readFraction: p.fraction,
              ...(p.sheetName === undefined ? {} : { readingSheet: p.sheetName }),
            },
        );
      });
      const sheets = new Map(workbook.sheets.map((g) => [g.name, "waiting" as const]));
      setProgress({ fileName: workbook.fileName, readFraction: 1, sheets });
      const tables = await scanSheets(workbook.sheets, (sheet, status) => {
        setProgress((prev) => prev && { ...prev, sheets: new Map(prev.sheets).set(sheet, status) });
      });
      const restored = await session.restoreForScan(
        workbook.stateKey,
        workbook.fileName,
        tables,
        snapshot.confirmations,
      );
      setParsedIn(workbook.parsedIn);
      setFileName(workbook.fileName);
      setFound(tables);
      setReviews(restored);
      if (workbook.warnings.length > 0) setNotice(workbook.warnings.join(" "));
    });

  const show = (item: FoundTable) =>
    act(async () => {
      setHighlighted(item.key);
      await host.showRange(item.sheet, item.table.range);
    });

  const review = useCallback(
    (key: string, next: TableReview) => {
      setReviews((prev) => new Map(prev).set(key, next));
      touch();
    },
    [touch],
  );

  const setChoice = useCallback(
    (next: NeedsChoice) => {
      setChoiceState(next);
      touch();
    },
    [touch],
  );

  const ownResult = useMemo(() => {
    try {
      return {
        own: inventoryOf(acceptedRecords(fileName, found ?? [], reviews)),
        problem: undefined,
      };
    } catch (caught) {
      return { own: inventoryOf([]), problem: userMessageOf(caught) };
    }
  }, [fileName, found, reviews]);
  const merge = useMemo(() => mergeWithImports(ownResult.own, imports), [ownResult, imports]);

  const profileResult = useMemo(() => {
    if (choice.presetId === "") return { profile: undefined, problem: undefined };
    try {
      return { profile: buildProfile(catalogue, choice), problem: undefined };
    } catch (caught) {
      return { profile: undefined, problem: userMessageOf(caught) };
    }
  }, [catalogue, choice]);

  const { carried, earlier, restores } = session;
  const snapshot = useMemo((): SessionSnapshot => {
    const decided = confirmationsOf(found ?? [], reviews, catalogue, {
      carried: carried.current,
      earlier: earlier.current,
      now: new Date().toISOString(),
    });
    return {
      needsProfile:
        profileResult.profile ?? (choice.presetId === "" ? kept.keptProfile : undefined),
      // Before this session's scan, the saved inventory stands: own records come from the scan.
      inventory: found === undefined ? (kept.savedInventory ?? merge.inventory) : merge.inventory,
      confirmations: decided,
    };
    // carried/earlier are refs; `restores` changes whenever they are replaced.
  }, [found, reviews, catalogue, profileResult, choice.presetId, kept, merge, restores]);
  useAutosave(host, session, snapshot, onSaveError);

  const importFiles = (files: File[]) =>
    act(async () => {
      const added: MergeInput[] = [];
      for (const file of files) {
        try {
          const inventory = await parseInventoryFile(
            file.name,
            new Uint8Array(await file.arrayBuffer()),
          );
          added.push({ owner: file.name, inventory });
        } catch (caught) {
          throw new Error(describeImportError(file.name, caught));
        }
      }
      setImports((prev) => [...prev, ...added]);
      touch();
    });

  const analyse = () =>
    act(async () => {
      if (profileResult.profile === undefined) throw new Error(profileResult.problem ?? "");
      setAssessment(runAssessment(catalogue, profileResult.profile, merge.inventory));
      setStep("gaps");
      await Promise.resolve();
    });

  const exportAs = (format: ExportFormat) =>
    act(async () => {
      if (assessment === undefined) return;
      const file = await exportAssessment(assessment, merge.inventory, format);
      host.saveFile(file.fileName, file.content, file.mimeType);
    });

  return {
    catalogue,
    step,
    setStep,
    busy,
    error,
    clearError: () => {
      setError(undefined);
    },
    notice,
    clearNotice: () => {
      setNotice(undefined);
    },
    progress,
    parsedIn,
    session,
    found,
    reviews,
    highlighted,
    choice,
    setChoice,
    profile: profileResult.profile,
    problem: ownResult.problem ?? profileResult.problem,
    merge,
    importedFiles: imports.map((i) => i.owner),
    assessment,
    pendingReplace,
    setPendingReplace,
    scan,
    show,
    review,
    importFiles,
    analyse,
    exportAs,
    act,
  };
}

export type Workflow = ReturnType<typeof useWorkflow>;
