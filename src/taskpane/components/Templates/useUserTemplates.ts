/** The user's own templates: loaded from the workbook when the view opens, saved back on every change. */
import { useCallback, useEffect, useState } from "react";
import type { Template } from "../../../domain/templates";
import type { Gateway } from "../../../host/gateway";
import { readUserTemplates, storedUserTemplates } from "./templatesLogic";

export interface UserTemplatesState {
  list: Template[];
  /** The stored value could not be read; it stays in the workbook until the next save. */
  problem: "invalid" | null;
  loaded: boolean;
  save(next: Template[]): Promise<void>;
}

export function useUserTemplates(gateway: Gateway): UserTemplatesState {
  const [list, setList] = useState<Template[]>([]);
  const [problem, setProblem] = useState<"invalid" | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    const load = gateway.loadUserTemplates();
    load.then(
      (raw) => {
        if (!live) return;
        const r = readUserTemplates(raw);
        setList(r.templates);
        setProblem(r.problem);
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [gateway]);

  const save = useCallback(
    async (next: Template[]) => {
      await gateway.saveUserTemplates(storedUserTemplates(next));
      setList(next);
      setProblem(null);
    },
    [gateway],
  );

  return { list, problem, loaded, save };
}
