import { parseConfig } from "../../domain";
import {
  defaultPaneSettings,
  effectiveLiveHighlighting,
  isRuleEnabled,
  setRuleEnabled,
  SETTINGS_VERSION,
} from "./settings";
import { loadPaneSettings, serializePaneSettings } from "./settingsSchema";

describe("loadPaneSettings", () => {
  it("absent settings → defaults, no problem", () => {
    const r = loadPaneSettings(null);
    expect(r.problem).toBeNull();
    expect(r.settings).toEqual(defaultPaneSettings());
  });

  it("valid settings are kept as given, defaults filled in", () => {
    const raw = {
      version: SETTINGS_VERSION,
      config: { framework: "2021", satisfactionFloor: 90, rules: { "value/vague-target": "off" } },
    };
    const r = loadPaneSettings(raw);
    expect(r.problem).toBeNull();
    expect(r.settings.config).toEqual(raw.config);
    expect(r.settings.highlightsShown).toBe(true);
    expect(r.settings.liveHighlighting).toBeNull();
    expect(parseConfig(r.settings.config).ok).toBe(true);
  });

  it.each([
    ["a string", "garbage"],
    ["an array", [1, 2]],
    ["a wrong version", { version: 99, config: {} }],
    ["a config that parseConfig rejects (floor 150)", { version: 1, config: { satisfactionFloor: 150 } }],
    ["an unknown engine option", { version: 1, config: { colour: "red" } }],
    ["a bad rule severity", { version: 1, config: { rules: { "value/x": "fatal" } } }],
    ["a non-boolean toggle", { version: 1, highlightsShown: "yes" }],
  ])("%s → defaults + invalid flag, raw kept untouched", (_name, raw) => {
    const copy = JSON.parse(JSON.stringify(raw));
    const r = loadPaneSettings(raw);
    expect(r.problem).toBe("invalid");
    expect(r.settings).toEqual(defaultPaneSettings());
    expect(r.raw).toBe(raw);
    expect(raw).toEqual(copy);
    expect(r.detail).toBeTruthy();
  });

  it("an older version → defaults + old flag", () => {
    const r = loadPaneSettings({ version: 0, framework: "2020" });
    expect(r.problem).toBe("old");
    expect(r.settings).toEqual(defaultPaneSettings());
  });
});

describe("serializePaneSettings", () => {
  it("round-trips through loadPaneSettings", () => {
    const s = {
      ...defaultPaneSettings(),
      liveHighlighting: false,
      config: { framework: "2020" as const, satisfactionFloor: 85 },
    };
    const stored = JSON.parse(JSON.stringify(serializePaneSettings(s)));
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(loadPaneSettings(stored)).toMatchObject({ problem: null, settings: s });
  });
  it("refuses to store an invalid engine config", () => {
    expect(() => serializePaneSettings({ ...defaultPaneSettings(), config: { satisfactionFloor: -1 } })).toThrow();
  });
});

describe("live highlighting default follows undo support", () => {
  it("null → on with undo grouping, off without; an explicit choice wins", () => {
    const d = defaultPaneSettings();
    expect(effectiveLiveHighlighting(d, true)).toBe(true);
    expect(effectiveLiveHighlighting(d, false)).toBe(false);
    expect(effectiveLiveHighlighting({ ...d, liveHighlighting: true }, false)).toBe(true);
    expect(effectiveLiveHighlighting({ ...d, liveHighlighting: false }, true)).toBe(false);
  });
});

describe("rule switches", () => {
  it("off writes rules[id] = 'off' and on removes it", () => {
    const off = setRuleEnabled({}, "value/vague-target", "JX203", false);
    expect(off.rules).toEqual({ "value/vague-target": "off" });
    expect(isRuleEnabled(off, "value/vague-target", "JX203")).toBe(false);
    expect(parseConfig(off).ok).toBe(true);
    const on = setRuleEnabled(off, "value/vague-target", "JX203", true);
    expect(on.rules).toEqual({});
    expect(isRuleEnabled(on, "value/vague-target", "JX203")).toBe(true);
  });
  it("matches codes and ids case-insensitively, keeps other overrides", () => {
    const cfg = { rules: { jx203: "off" as const, "budget/sum": "warning" as const } };
    expect(isRuleEnabled(cfg, "value/vague-target", "JX203")).toBe(false);
    expect(isRuleEnabled(cfg, "budget/sum", "JX501")).toBe(true);
    const on = setRuleEnabled(cfg, "value/vague-target", "JX203", true);
    expect(on.rules).toEqual({ "budget/sum": "warning" });
    expect(cfg.rules).toEqual({ jx203: "off", "budget/sum": "warning" });
  });
});
