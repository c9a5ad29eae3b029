/**
 * Keeps Gapmap's session (needs profile, inventory, table verdicts) where the host keeps it:
 * loads it on start (Office) or when a file is opened (web), applies it to a re-scan, and saves it
 * shortly after each user change. A damaged or newer saved session is never overwritten unasked.
 */
import type { Inventory, MergeInput, NeedsProfile, ProfileTracking } from "@gapmap/core";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Host, StoredState } from "../host/host";
import type { Confirmation, WorkbookState } from "../office/index";
import { loadEngine, type Engine } from "./engine/load-engine";
import type { NeedsChoice } from "./model/needs-edits";
import type { TableReview } from "./model/review";
import type { FoundTable } from "./model/found-table";

/** Typing in a field saves once the user pauses, not on every key. */
export const SAVE_DELAY_MS = 500;

/** on: saving; off: nothing loaded yet, or the user kept an unreadable session; ask: waiting. */
export type PersistMode = "off" | "on" | "ask";

export interface SessionSnapshot {
  needsProfile: NeedsProfile | undefined;
  inventory: Inventory;
  confirmations: Confirmation[];
}

export interface Restored {
  choice?: NeedsChoice;
  imports?: MergeInput;
  /** A saved profile the needs step cannot edit (custom list); kept and saved as it is. */
  keptProfile?: NeedsProfile;
  savedInventory?: Inventory;
  /** The TWG's request statuses and process, saved with the profile. */
  tracking?: ProfileTracking;
  decisions: number;
}

export function useSession(
  host: Host,
  onRestore: (restored: Restored) => void,
  onSaveError: (error: unknown) => void,
) {
  const [mode, setMode] = useState<PersistMode>("off");
  const [unreadable, setUnreadable] = useState<string>();
  const [restoredCount, setRestoredCount] = useState<number>();
  const [startupProblem] = useState(() => host.startupProblem());
  const [edits, setEdits] = useState(0);
  const [declined, setDeclined] = useState(false);
  /** Several stored copies disagreed (overlapping saves, co-authors): the pane says so. */
  const [differed, setDiffered] = useState(false);
  /** Bumped whenever restored verdicts land in the refs below, so snapshots are recomputed. */
  const [restores, setRestores] = useState(0);
  const key = useRef<string | undefined>(undefined);
  /** Verdicts for tables the last scan did not find, and those it did, by table key. */
  const carried = useRef<Confirmation[]>([]);
  const earlier = useRef<ReadonlyMap<string, Confirmation>>(new Map());
  /** What is in the store now: tags are diffed against it. */
  const stored = useRef<Confirmation[]>([]);

  const adopt = useCallback(
    (engine: Engine, loaded: StoredState, ownFile: string): Confirmation[] => {
      if (loaded.status === "unreadable") {
        setUnreadable(loaded.userMessage);
        setMode("ask");
        stored.current = [];
        return [];
      }
      setMode("on");
      setDeclined(false);
      setRestores((n) => n + 1);
      if (loaded.status === "none") {
        stored.current = [];
        setRestoredCount(undefined);
        return [];
      }
      const { state } = loaded;
      if (loaded.differed === true) setDiffered(true);
      stored.current = state.confirmations;
      const { catalogue } = engine;
      const choice = state.needsProfile && engine.choiceFromProfile(catalogue, state.needsProfile);
      const imports = state.inventory && engine.savedImports(state.inventory, ownFile);
      onRestore({
        decisions: state.confirmations.length,
        ...(choice ? { choice } : {}),
        ...(imports ? { imports } : {}),
        ...(state.needsProfile && !choice ? { keptProfile: state.needsProfile } : {}),
        ...(state.inventory ? { savedInventory: state.inventory } : {}),
        ...(state.needsProfile?.tracking ? { tracking: state.needsProfile.tracking } : {}),
      });
      setRestoredCount(state.confirmations.length);
      return state.confirmations;
    },
    [onRestore],
  );

  // Office: the open workbook's session is there from the start.
  useEffect(() => {
    if (host.kind !== "office" || startupProblem !== undefined) return;
    let live = true;
    Promise.all([loadEngine(), host.loadState(undefined)]).then(
      ([engine, loaded]) => {
        if (!live) return;
        key.current = "workbook";
        carried.current = adopt(engine, loaded, "workbook");
      },
      (error: unknown) => {
        if (live) onSaveError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [host, startupProblem, adopt, onSaveError]);

  /** Reviews for a fresh scan: the session's verdicts (in memory, or loaded for a new file). */
  const restoreForScan = useCallback(
    async (
      stateKey: string,
      ownFile: string,
      tables: readonly FoundTable[],
      current: readonly Confirmation[],
    ): Promise<Map<string, TableReview>> => {
      const engine = await loadEngine();
      let saved: readonly Confirmation[] = current;
      if (key.current !== stateKey) {
        key.current = stateKey;
        saved = adopt(engine, await host.loadState(stateKey), ownFile);
      }
      const places = new Set(tables.map((t) => t.key));
      const lost = saved.filter(
        (c) => c.status === "accepted" && !places.has(`${c.sheet}!${c.address}`),
      );
      const located = lost.length > 0 ? await host.locateTags(lost.map((c) => c.id)) : new Map();
      const restored = engine.restoreReviews(tables, engine.catalogue, saved, located);
      carried.current = restored.unmatched;
      earlier.current = restored.matched;
      setRestores((n) => n + 1);
      return restored.reviews;
    },
    [host, adopt],
  );

  return {
    mode,
    declined,
    unreadable,
    restoredCount,
    startupProblem,
    carried,
    earlier,
    stored,
    key,
    edits,
    restores,
    restoreForScan,
    /** Call after every user change to what is saved. */
    touch: useCallback(() => {
      setEdits((n) => n + 1);
    }, []),
    /** The user's answer to an unreadable saved session. */
    resolveUnreadable: useCallback((overwrite: boolean) => {
      setUnreadable(undefined);
      setDeclined(!overwrite);
      setMode(overwrite ? "on" : "off");
      if (overwrite) setEdits((n) => n + 1);
    }, []),
    dismissRestored: useCallback(() => {
      setRestoredCount(undefined);
    }, []),
    differed,
    setDiffered,
  };
}

export type Session = ReturnType<typeof useSession>;

/** Saves the snapshot SAVE_DELAY_MS after the last user change, tags in the same batch. */
export function useAutosave(
  host: Host,
  engine: Engine | undefined,
  session: Session,
  snapshot: SessionSnapshot,
  onSaveError: (error: unknown) => void,
): void {
  const savedEdits = useRef(0);
  const { mode, edits, stored, earlier, key, setDiffered } = session;
  useEffect(() => {
    // Saving needs the engine; it is there once anything worth saving was restored or made.
    if (mode !== "on" || edits === savedEdits.current || engine === undefined) return;
    // The workbook this change belongs to, even if another file is opened before the timer fires.
    const targetKey = key.current;
    const timer = setTimeout(() => {
      savedEdits.current = edits;
      const state: WorkbookState = {
        schemaVersion: engine.STATE_SCHEMA_VERSION,
        ...(snapshot.needsProfile ? { needsProfile: snapshot.needsProfile } : {}),
        inventory: snapshot.inventory,
        confirmations: snapshot.confirmations,
      };
      const tags = engine.tagChangesBetween(stored.current, snapshot.confirmations);
      host.saveState(targetKey, state, tags).then((report) => {
        if (report?.differed === true) setDiffered(true);
        stored.current = snapshot.confirmations;
        earlier.current = new Map(
          snapshot.confirmations.map((c) => [`${c.sheet}!${c.address}`, c]),
        );
      }, onSaveError);
    }, SAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [host, engine, snapshot, mode, edits, stored, earlier, key, onSaveError, setDiffered]);
}
