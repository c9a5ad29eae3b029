/**
 * Loads the engine chunk (catalogue, detection, analysis) once, when first needed: when a file
 * is picked (its bytes are read in the worker meanwhile), when a later step is opened, or when
 * Excel's saved session is restored. Until then the page has nothing to evaluate, so the picker
 * is usable at once and stays responsive. A scan started before the engine arrived waits for the
 * same promise, so nothing races the catalogue.
 */
import { useEffect, useState } from "react";

export type Engine = typeof import("./engine");

let loading: Promise<Engine> | undefined;
const listeners = new Set<(engine: Engine) => void>();

export function loadEngine(): Promise<Engine> {
  if (loading === undefined) {
    const started = import("./engine");
    loading = started;
    started.then(
      (engine) => {
        for (const listener of listeners) listener(engine);
      },
      () => {
        if (loading === started) loading = undefined; // a later call may try again
      },
    );
  }
  return loading;
}

/** The engine once something loaded it (undefined before). */
export function useEngine(): Engine | undefined {
  const [engine, setEngine] = useState<Engine>();
  useEffect(() => {
    listeners.add(setEngine);
    // Loaded before this pane mounted (another pane, a test): take it as it is.
    loading?.then(setEngine, () => undefined);
    return () => {
      listeners.delete(setEngine);
    };
  }, []);
  return engine;
}
