/** The preview's left side: toolbar (workbook, open file, API level, language, undo), the grid and the sheet tabs. */
import { type CSSProperties, useEffect, useReducer, useState } from "react";
import type { HostSimulator } from "../../simulator";
import { FIXTURE_NAMES, LOCAL, SAMPLE } from "../loader";
import { Grid } from "./Grid";

export interface PreviewSettings {
  /** Which program the pane runs in: Excel (Office.js simulator) or WPS 表格 (ET simulator). */
  host: "excel" | "wps";
  fixture: string;
  apiLevel: string;
  officeLang: string;
  /** Office's theme as the pane reads it at start-up. */
  theme: "light" | "dark";
}

export interface PreviewAppProps {
  sim: HostSimulator;
  settings: PreviewSettings;
  /** Loaded source and any fallback note. */
  status: { source: string; note?: { zh: string; en: string } } | null;
  /** Re-installs the simulator with new settings and reloads the pane. */
  onSettings(next: PreviewSettings): void;
  onOpenFile(file: File): void;
  hasLocal: boolean;
}

export const API_LEVELS = ["1.9", "1.14", "1.20"] as const;

/** The developer figures (ExcelApi level, syncs, undo records) are behind 开发者; the choice is kept for the session. */
function initialDev(): boolean {
  try {
    return (
      new URLSearchParams(window.location.search).get("dev") === "1" ||
      sessionStorage.getItem("jixiao-preview-dev") === "1"
    );
  } catch {
    return false;
  }
}

export function PreviewApp({ sim, settings, status, onSettings, onOpenFile, hasLocal }: PreviewAppProps) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => sim.subscribe(rerender), [sim]);
  const [dev, setDev] = useState(initialDev);
  const toggleDev = (on: boolean) => {
    setDev(on);
    try {
      sessionStorage.setItem("jixiao-preview-dev", on ? "1" : "0");
    } catch {
      // private mode: the choice lasts until reload
    }
  };
  const sheet = sim.wb.active;
  const addinRecords = sim.undoStack.filter((e) => e.source === "addin").length;
  const userRecords = sim.undoStack.length - addinRecords;

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%", fontFamily: "sans-serif", fontSize: 13 }}>
      <div
        style={{ ...bar, background: settings.host === "wps" ? WPS_GREEN : EXCEL_GREEN }}
        role="toolbar"
        aria-label="预览工具栏 / Preview toolbar"
      >
        <label>
          宿主 / Host{" "}
          <select
            value={settings.host}
            onChange={(e) => onSettings({ ...settings, host: e.target.value === "wps" ? "wps" : "excel" })}
            data-testid="host-switch"
          >
            <option value="excel">Excel</option>
            <option value="wps">WPS 表格</option>
          </select>
        </label>
        <label>
          工作簿 / Workbook{" "}
          <select
            value={settings.fixture}
            onChange={(e) => onSettings({ ...settings, fixture: e.target.value })}
            data-testid="fixture-picker"
          >
            <option value={SAMPLE}>内置示例 / Built-in sample</option>
            {FIXTURE_NAMES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            {(hasLocal || settings.fixture === LOCAL) && <option value={LOCAL}>本地文件 / Local file</option>}
          </select>
        </label>
        <label style={fileButton}>
          打开 .xlsx… / Open .xlsx…
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            style={{ display: "none" }}
            data-testid="open-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onOpenFile(f);
            }}
          />
        </label>
        <label>
          {settings.host === "wps" ? "WPS" : "Office"} 语言 / language{" "}
          <select
            value={settings.officeLang}
            onChange={(e) => onSettings({ ...settings, officeLang: e.target.value })}
            data-testid="office-lang"
          >
            <option value="zh-CN">中文 zh-CN</option>
            <option value="en-US">English en-US</option>
          </select>
        </label>
        <label>
          主题 / Theme{" "}
          <select
            value={settings.theme}
            onChange={(e) => onSettings({ ...settings, theme: e.target.value === "dark" ? "dark" : "light" })}
            data-testid="theme-switch"
          >
            <option value="light">浅色 / Light</option>
            <option value="dark">深色 / Dark</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => void sim.undo()}
          disabled={sim.undoStack.length === 0}
          title="Ctrl+Z"
          data-testid="preview-undo"
        >
          撤销 / Undo
        </button>
        <label>
          <input type="checkbox" checked={dev} onChange={(e) => toggleDev(e.target.checked)} data-testid="dev-toggle" />{" "}
          开发者 / Developer
        </label>
        {dev && settings.host === "excel" && (
          <label>
            ExcelApi{" "}
            <select
              value={settings.apiLevel}
              onChange={(e) => onSettings({ ...settings, apiLevel: e.target.value })}
              data-testid="api-level"
            >
              {API_LEVELS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        )}
        {dev && (
          <span style={{ color: "#E8F5EC" }} data-testid="sim-status">
            {settings.host === "wps" ? "ET 调用 / calls" : "同步 / syncs"}: {sim.syncCount} · 撤销记录 / undo: 用户{" "}
            {userRecords}, 加载项 {addinRecords}
            {sim.undoClears > 0 ? ` · 被清空 / wiped ${sim.undoClears}×` : ""}
          </span>
        )}
      </div>
      <div style={help} data-testid="preview-help">
        双击单元格或按 F2 编辑，回车确认，Esc 取消；Ctrl+Z 撤销。右侧是任务窗格，点一条问题即转到该单元格。 /
        Double-click a cell or press F2 to edit, Enter to commit, Esc to cancel; Ctrl+Z undoes. The task pane is on the
        right: click a finding to go to its cell.
      </div>
      {status?.note && (
        <div style={{ background: "#FFF4CE", padding: "4px 8px", borderBottom: "1px solid #E0D29B" }} role="status">
          {status.note.zh} {status.note.en}
        </div>
      )}
      <Grid sim={sim} sheet={sheet} />
      <div style={tabs} role="tablist" aria-label="工作表 / Sheets">
        {sim.wb.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => (
            <button
              key={s.id}
              role="tab"
              aria-selected={s === sheet}
              onClick={() => sim.userActivate(s.name)}
              style={{ ...tab, ...(s === sheet ? activeTab : null) }}
            >
              {s.name}
            </button>
          ))}
      </div>
    </div>
  );
}

const EXCEL_GREEN = "#217346";
/** WPS 表格's own green, so that a screenshot says which host it shows. */
const WPS_GREEN = "#0E8F5B";

const bar: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  gap: 12,
  alignItems: "center",
  padding: "6px 8px",
  color: "#fff",
};
const help: CSSProperties = {
  padding: "3px 8px",
  background: "#F3F9F5",
  color: "#333",
  borderBottom: "1px solid #D4D4D4",
  fontSize: 12,
};
const fileButton: CSSProperties = { cursor: "pointer", textDecoration: "underline" };
const tabs: CSSProperties = {
  display: "flex",
  gap: 2,
  padding: "2px 8px",
  background: "#F3F3F3",
  borderTop: "1px solid #D4D4D4",
};
const tab: CSSProperties = {
  border: "none",
  background: "transparent",
  padding: "4px 12px",
  cursor: "pointer",
  font: "inherit",
};
const activeTab: CSSProperties = {
  background: "#fff",
  color: "#217346",
  fontWeight: 700,
  borderBottom: "2px solid #217346",
};
