/** The task pane's state and the actions that move it through scan → review → needs → gaps. */
import type { Assessment, Catalogue, MergeInput, MergeResult, ProfileTracking } from "@gapmap/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { HostError, type ExportRoute, type Host, type LoadedWorkbook } from "../host/host";
import type { ScanProgress } from "./components/ScanProgressView";
import { loadEngine, useEngine } from "./engine/load-engine";
import type { NeedsChoice } from "./model/needs-edits";
import { UnreadableInventory } from "./model/user-messages";
import { EMPTY_CHOICE } from "./model/empty-choice";
import type { ExportFormat } from "./model/export-assessment";
import { ScanCancelled, type FoundTable } from "./model/found-table";
import { useReviewHistory } from "./use-review-history";
import { useAutosave, useSession, type Restored, type SessionSnapshot } from "./use-session";

/** Nothing merged yet (before the engine arrives, nothing can have been found or imported). */
const NOTHING_MERGED: MergeResult = {
  inventory: { schemaVersion: 1, records: [] },
  duplicates: [],
  conflicts: [],
  renamed: [],
};

export type Step = "scan" | "review" | "needs" | "gaps" | "requests" | "process";

/** A failure kept as it was thrown, described in the pane's language when shown. */
export interface Failure {
  cause: unknown;
  /** The file being worked on, for the message. */
  file: string;
}

/** Failures whose text is ours (host, adapter, model), for places that need a string now. */
export function userMessageOf(error: unknown): string {
  if (error instanceof HostError) return error.userMessage;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function useWorkflow(host: Host) {
  const [step, setStepState] = useState<Step>("scan");
  const [busy, setBusy] = useState(false);
  const [error, setErrorState] = useState<Failure>();
  const [warnings, setWarnings] = useState<{ file: string; warnings: string[] }>();
  /** How the last export reached the user (on Mac: a new workbook or the browser). */
  const [exportRoute, setExportRoute] = useState<ExportRoute>();
  const [progress, setProgress] = useState<ScanProgress>();
  const scanAbort = useRef<AbortController | undefined>(undefined);
  const [found, setFound] = useState<FoundTable[]>();
  const [fileName, setFileName] = useState("workbook");
  const [parsedIn, setParsedIn] = useState<LoadedWorkbook["parsedIn"]>();
  const [highlighted, setHighlighted] = useState<string>();
  const [imports, setImports] = useState<MergeInput[]>([]);
  const [choice, setChoiceState] = useState<NeedsChoice>(EMPTY_CHOICE);
  const [assessment, setAssessment] = useState<Assessment>();
  const [pendingReplace, setPendingReplace] = useState<string[]>();
  const [kept, setKept] = useState<Pick<Restored, "keptProfile" | "savedInventory">>({});
  /** The TWG's request statuses and process steps, as the user set them. */
  const [tracking, setTrackingState] = useState<ProfileTracking>();
  const guard = useRef(false);

  /** A restored session fills only what the user has not filled in this session. */
  const onRestore = useCallback((restored: Restored) => {
    const { choice: savedChoice, imports: savedImports } = restored;
    if (savedChoice) setChoiceState((prev) => (prev.presetId === "" ? savedChoice : prev));
    if (savedImports) setImports((prev) => (prev.length === 0 ? [savedImports] : prev));
    const savedTracking = restored.tracking;
    if (savedTracking) setTrackingState((prev) => prev ?? savedTracking);
    setKept({
      ...(restored.keptProfile ? { keptProfile: restored.keptProfile } : {}),
      ...(restored.savedInventory ? { savedInventory: restored.savedInventory } : {}),
    });
  }, []);
  const setError = useCallback((cause: unknown, file = "") => {
    setErrorState({ cause, file });
  }, []);
  const engine = useEngine();
  const catalogue: Catalogue | undefined = engine?.catalogue;
  const onSaveError = useCallback(
    (caught: unknown) => {
      setError(caught);
    },
    [setError],
  );
  const session = useSession(host, onRestore, onSaveError);
  const { touch } = session;
  const history = useReviewHistory(touch);
  const { reviews } = history;

  /** Runs one user action: one at a time, errors shown, never swallowed. */
  const act = useCallback(
    async (work: () => Promise<void>, file = "") => {
      if (guard.current) return;
      guard.current = true;
      setBusy(true);
      setErrorState(undefined);
      try {
        await work();
      } catch (caught) {
        setError(caught, file);
      } finally {
        guard.current = false;
        setBusy(false);
      }
    },
    [setError],
  );

  /** Rejects when the user cancels, so a long read stops being waited for at once. */
  const untilCancelled = (signal: AbortSignal) =>
    new Promise<never>((_, reject) => {
      signal.addEventListener("abort", () => {
        reject(new ScanCancelled());
      });
    });

  const scan = (file: File | undefined) => {
    const label = file?.name ?? "workbook";
    return act(async () => {
      const abort = new AbortController();
      scanAbort.current = abort;
      setFound(undefined);
      setAssessment(undefined);
      setWarnings(undefined);
      setProgress({ fileName: label, stage: "reading", readFraction: 0, sheets: new Map() });
      // The engine loads while the worker reads the file; awaited below, once the sheets are in.
      const engineLoad = loadEngine();
      engineLoad.catch(() => undefined); // a failure is thrown where it is awaited
      try {
        const workbook = await Promise.race([
          host.readWorkbook(
            file,
            (p) => {
              setProgress(
                (prev) =>
                  prev && {
                    ...prev,
                    readFraction: p.fraction,
                    ...(p.sheetName === undefined ? {} : { readingSheet: p.sheetName }),
                  },
              );
            },
            abort.signal,
          ),
          untilCancelled(abort.signal),
        ]);
        const sheets = new Map(workbook.sheets.map((g) => [g.name, "waiting" as const]));
        setProgress({ fileName: workbook.fileName, stage: "detecting", readFraction: 1, sheets });
        const { scanSheets } = await engineLoad;
        const scanned = await scanSheets(
          workbook.sheets,
          (sheet, status) => {
            setProgress(
              (prev) => prev && { ...prev, sheets: new Map(prev.sheets).set(sheet, status) },
            );
          },
          abort.signal,
          workbook.fileName,
        );
        const company = workbook.properties?.company;
        const tables =
          company === undefined ? scanned : scanned.map((t) => ({ ...t, fileProducer: company }));
        const restored = await session.restoreForScan(
          workbook.stateKey,
          workbook.fileName,
          tables,
          snapshot.confirmations,
        );
        setParsedIn(workbook.parsedIn);
        setFileName(workbook.fileName);
        setFound(tables);
        history.reset(restored);
        setProgress((prev) => prev && { ...prev, stage: "done" });
        if (workbook.warnings.length > 0)
          setWarnings({ file: workbook.fileName, warnings: workbook.warnings });
      } catch (caught) {
        // A failed or cancelled scan leaves no "Reading…" behind.
        setProgress(undefined);
        if (!(caught instanceof ScanCancelled)) throw caught;
      } finally {
        scanAbort.current = undefined;
      }
    }, label);
  };

  const cancelScan = () => {
    scanAbort.current?.abort();
  };

  /** Later steps need the catalogue: opening one loads the engine (a failure is shown). */
  const setStep = useCallback(
    (next: Step) => {
      setStepState(next);
      if (next !== "scan")
        loadEngine().catch((caught: unknown) => {
          setError(caught);
        });
    },
    [setError],
  );

  const show = (item: FoundTable) =>
    act(async () => {
      setHighlighted(item.key);
      await host.showRange(item.sheet, item.table.range);
    });

  const setChoice = useCallback(
    (next: NeedsChoice) => {
      setChoiceState(next);
      touch();
    },
    [touch],
  );

  const ownResult = useMemo(() => {
    if (engine === undefined) return { own: undefined, problem: undefined };
    const { inventoryOf, acceptedRecords } = engine;
    try {
      return {
        own: inventoryOf(acceptedRecords(fileName, found ?? [], reviews)),
        problem: undefined,
      };
    } catch (caught) {
      return { own: inventoryOf([]), problem: userMessageOf(caught) };
    }
  }, [engine, fileName, found, reviews]);
  const merge = useMemo(
    () =>
      engine && ownResult.own ? engine.mergeWithImports(ownResult.own, imports) : NOTHING_MERGED,
    [engine, ownResult, imports],
  );

  const profileResult = useMemo(() => {
    if (choice.presetId === "" || engine === undefined)
      return { profile: undefined, problem: undefined };
    try {
      return { profile: engine.buildProfile(engine.catalogue, choice), problem: undefined };
    } catch (caught) {
      return { profile: undefined, problem: userMessageOf(caught) };
    }
  }, [engine, choice]);

  const profileInUse =
    profileResult.profile ?? (choice.presetId === "" ? kept.keptProfile : undefined);
  const tracked = useMemo(
    () => engine?.trackingWithFacts(tracking, profileInUse, merge.inventory) ?? tracking,
    [engine, tracking, profileInUse, merge],
  );

  const { carried, earlier, restores } = session;
  const snapshot = useMemo((): SessionSnapshot => {
    const decided = engine
      ? engine.confirmationsOf(found ?? [], reviews, engine.catalogue, {
          carried: carried.current,
          earlier: earlier.current,
          now: new Date().toISOString(),
        })
      : [];
    return {
      needsProfile: engine ? engine.withTracking(profileInUse, tracked) : profileInUse,
      // Before this session's scan, the saved inventory stands: own records come from the scan.
      inventory: found === undefined ? (kept.savedInventory ?? merge.inventory) : merge.inventory,
      confirmations: decided,
    };
    // carried/earlier are refs; `restores` changes whenever they are replaced.
  }, [found, reviews, engine, profileInUse, tracked, kept, merge, restores]);
  useAutosave(host, engine, session, snapshot, onSaveError);

  const importFiles = (files: File[]) =>
    act(async () => {
      const added: MergeInput[] = [];
      // Readers for .xlsx/CSV/JSON inventories: their own chunk, loaded when first needed.
      const { parseInventoryFile, InventoryImportError } = await import("./model/import-inventory");
      for (const file of files) {
        try {
          const inventory = await parseInventoryFile(
            file.name,
            new Uint8Array(await file.arrayBuffer()),
          );
          added.push({ owner: file.name, inventory });
        } catch (caught) {
          const known = caught instanceof InventoryImportError;
          setError(known ? caught : new UnreadableInventory({ cause: caught }), file.name);
          return;
        }
      }
      setImports((prev) => [...prev, ...added]);
      touch();
    });

  const analyse = () =>
    act(async () => {
      if (profileResult.profile === undefined || engine === undefined)
        throw new HostError(profileResult.problem ?? "");
      setAssessment(engine.runAssessment(engine.catalogue, profileResult.profile, merge.inventory));
      setStep("gaps");
      await Promise.resolve();
    });

  /** Changes the TWG's tracking and saves it (the facts are filled in again on top). */
  const setTracking = useCallback(
    (update: (current: ProfileTracking | undefined) => ProfileTracking) => {
      setTrackingState(update);
      touch();
    },
    [touch],
  );

  /** Replaces the imported records and re-runs the analysis on them; the new analysis back. */
  const replaceImports = (next: MergeInput[]): Assessment | undefined => {
    setImports(next);
    touch();
    const profile = profileResult.profile;
    if (assessment === undefined || profile === undefined || !engine || !ownResult.own)
      return undefined;
    const inventory = engine.mergeWithImports(ownResult.own, next).inventory;
    const updated = engine.runAssessment(engine.catalogue, profile, inventory);
    setAssessment(updated);
    return updated;
  };

  const exportAs = (format: ExportFormat) =>
    act(async () => {
      if (assessment === undefined) return;
      // The workbook writer (exceljs) is a chunk of its own, loaded on the first export.
      const { exportAssessment } = await import("./model/export-assessment");
      const file = await exportAssessment(assessment, merge.inventory, format, {
        workbook: fileName,
        preset: choice.presetId,
        now: new Date(),
      });
      setExportRoute(undefined);
      setExportRoute(await host.saveFile(file.fileName, file.content, file.mimeType));
    });

  return {
    engine,
    catalogue,
    step,
    setStep,
    busy,
    error,
    clearError: () => {
      setErrorState(undefined);
    },
    /** Shows a message the pane wrote itself. */
    fail: (message: string) => {
      setError(new HostError(message));
    },
    warnings,
    exportRoute,
    clearWarnings: () => {
      setWarnings(undefined);
    },
    progress,
    cancelScan,
    fileName,
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
    imports,
    replaceImports,
    tracking: tracked,
    setTracking,
    profileInUse,
    assessment,
    pendingReplace,
    setPendingReplace,
    scan,
    show,
    review: history.review,
    reviewMany: history.reviewMany,
    undoReview: history.undo,
    canUndoReview: history.canUndo,
    importFiles,
    analyse,
    exportAs,
    act,
  };
}

export type Workflow = ReturnType<typeof useWorkflow>;
