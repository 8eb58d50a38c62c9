/** Draft of the settings while the panel is open: nothing is applied or stored until Save. */
import { useState } from "react";
import type { Config, ConfigInput } from "../../../domain/config/schema";
import { effectiveLiveHighlighting, isRuleEnabled, setRuleEnabled, type PaneSettings } from "../../state/settings";

export type FrameworkChoice = "auto" | "2020" | "2021";

/** Parses the floor field: a number from 0 to 100, else null. */
export function parseFloor(text: string): number | null {
  if (text.trim() === "") return null;
  const n = Number(text.trim());
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

export function useSettingsDraft(initial: PaneSettings, undoGrouping: boolean, defaults: Config) {
  const [config, setConfig] = useState<ConfigInput>(initial.config);
  const [floorText, setFloorText] = useState(String(initial.config.satisfactionFloor ?? defaults.satisfactionFloor));
  const [liveHighlighting, setLive] = useState<boolean | null>(initial.liveHighlighting);
  const [highlightsShown, setShown] = useState(initial.highlightsShown);
  const floor = parseFloor(floorText);

  return {
    framework: config.framework ?? defaults.framework,
    setFramework: (framework: FrameworkChoice) => setConfig((c) => ({ ...c, framework })),
    floorText,
    setFloorText,
    floorValid: floor !== null,
    ruleEnabled: (id: string, code: string) => isRuleEnabled(config, id, code),
    setRule: (id: string, code: string, on: boolean) => setConfig((c) => setRuleEnabled(c, id, code, on)),
    liveHighlighting: effectiveLiveHighlighting({ ...initial, liveHighlighting }, undoGrouping),
    setLiveHighlighting: (on: boolean) => setLive(on),
    highlightsShown,
    setHighlightsShown: setShown,
    /** The settings to save, or null while a field is invalid. */
    build(): PaneSettings | null {
      if (floor === null) return null;
      const changedFloor = floor !== (initial.config.satisfactionFloor ?? defaults.satisfactionFloor);
      const next: ConfigInput =
        changedFloor || config.satisfactionFloor !== undefined ? { ...config, satisfactionFloor: floor } : config;
      return { ...initial, config: next, liveHighlighting, highlightsShown };
    },
  };
}
