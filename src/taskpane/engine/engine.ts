/**
 * The engine chunk (./module.ts), loaded once: loadEngine() starts the download (the entries call it before
 * Office is ready, so it comes in while the host starts), engine() gives it once there, useEngine() re-renders a
 * component when it arrives. Tests hand it over with provideEngine (jest has no dynamic import).
 */
import { useEffect, useState } from "react";
import type * as EngineModule from "./module";

export type Engine = typeof EngineModule;

let loaded: Engine | null = null;
let loading: Promise<Engine> | null = null;
const waiting = new Set<(e: Engine) => void>();

export function provideEngine(e: Engine): void {
  loaded = e;
  for (const w of waiting) w(e);
  waiting.clear();
}

/** The engine when it has arrived, else null. */
export function engine(): Engine | null {
  return loaded;
}

export function loadEngine(): Promise<Engine> {
  if (loaded) return Promise.resolve(loaded);
  if (!loading) {
    const chunk: Promise<Engine> = import(/* webpackChunkName: "engine" */ "./module");
    loading = chunk.then(
      (m) => {
        provideEngine(m);
        return m;
      },
      (e: unknown) => {
        loading = null; // a failed download is tried again next time
        throw e;
      },
    );
  }
  return loading;
}

/** The engine in a component: null until it has arrived, then the component renders again. */
export function useEngine(): Engine | null {
  const [e, setE] = useState<Engine | null>(loaded);
  useEffect(() => {
    if (e) return;
    if (loaded) {
      setE(loaded);
      return;
    }
    const w = (x: Engine) => setE(x);
    waiting.add(w);
    void loadEngine().catch(() => {});
    return () => {
      waiting.delete(w);
    };
  }, [e]);
  return e;
}
