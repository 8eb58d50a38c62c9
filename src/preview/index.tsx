/**
 * Preview entry (`npm start` → preview.html): installs the workbook simulator as `window.Excel` /
 * `window.Office` synchronously, before the task-pane bundle runs (webpack loads this bundle first),
 * holds `Office.onReady` until the chosen workbook is loaded, and draws the simulated sheet on the
 * left. The pane mounts itself into #container on the right, as it does inside Excel.
 *
 * URL: ?fixture=<name>|sample|local  &api=1.9|1.14|1.20  &officeLang=zh-CN|en-US  &theme=dark
 *
 * preview-wps.html is the same page for WPS 表格: the WPS simulator is installed as `window.Application` /
 * `window.wps` instead, and the pane bundle is the WPS entry (src/taskpane/wps.tsx); the header's host switch
 * moves between the two pages. The test API below is the same for both.
 */
import { createRoot } from "react-dom/client";
import { fromA1, rangeToA1 } from "../domain/model/a1";
import {
  installSimulator,
  installWpsSimulator,
  parseArea,
  rectToA1,
  WorkbookModel,
  type CfModel,
  type CellFormat,
  type HostSimulator,
} from "../simulator";
import { API_LEVELS, PreviewApp, type PreviewSettings } from "./components/PreviewApp";
import { FIXTURE_NAMES, loadFixture, LOCAL, type Loaded, storeLocalFile, workbookFromBuffer } from "./loader";

export interface JixiaoPreviewApi {
  sim: HostSimulator;
  /** "excel" on preview.html, "wps" on preview-wps.html. */
  host: "excel" | "wps";
  /** Resolves once the first workbook is loaded (and Office.onReady has been released). */
  ready: Promise<string>;
  /** Loads a fixture (or "sample") into the running simulator; resolves with what was loaded. */
  loadFixture(name: string): Promise<string>;
  /** The user types `value` into `address` of the active (or named) sheet. */
  edit(address: string, value: unknown, sheet?: string): Promise<void>;
  getValue(address: string, sheet?: string): unknown;
  getCellFormat(address: string, sheet?: string): CellFormat;
  /** The fill Excel would show (conditional formats included). */
  displayFill(address: string, sheet?: string): string | null;
  conditionalFormats(sheet?: string): CfModel[];
  fingerprint(sheet?: string): string;
  /** The fingerprint each sheet had when the workbook was loaded, before the pane did anything. */
  loadedFingerprint(sheet?: string): string | null;
  /** A1 address of the active sheet's selection. */
  selection(): string;
  syncCount(): number;
  undoStack(): { source: string; label: string }[];
  activeSheet(): string;
  activate(sheet: string): void;
  undo(): Promise<void>;
  /** The user selects `address` (A1 or A1:B2) on the active (or named) sheet. */
  select(address: string, sheet?: string): void;
  /** The data validation rule (and error alert) on the cell, or null. */
  dataValidation(address: string, sheet?: string): { range: string; rule: unknown; errorAlert?: unknown } | null;
  /** Merged areas of the sheet, as A1 ranges. */
  merges(sheet?: string): string[];
  /** Office.context.document.settings as saved in the workbook. */
  savedSettings(): Record<string, unknown>;
}

declare global {
  interface Window {
    __jixiaoPreview?: JixiaoPreviewApi;
  }
}

const params = new URLSearchParams(window.location.search);
const apiParam = params.get("api") ?? "1.20";
const host: "excel" | "wps" = /preview-wps(\.html)?$/.test(window.location.pathname) ? "wps" : "excel";
const settings: PreviewSettings = {
  host,
  fixture: params.get("fixture") ?? FIXTURE_NAMES[0],
  apiLevel: (API_LEVELS as readonly string[]).includes(apiParam) ? apiParam : "1.20",
  officeLang: (params.get("officeLang") ?? params.get("lang") ?? "zh-CN").toLowerCase().startsWith("en")
    ? "en-US"
    : "zh-CN",
  theme: params.get("theme") === "dark" ? "dark" : "light",
};

// Synchronously, before the pane's bundle evaluates `typeof Office`.
// ?theme=dark: Office's dark theme (Excel has no theme-change event; the pane reads it at start-up)
const dark = settings.theme === "dark";
const sim: HostSimulator =
  host === "wps"
    ? installWpsSimulator(window, new WorkbookModel(), { uiLanguageId: settings.officeLang === "en-US" ? 1033 : 2052 })
    : installSimulator(window, new WorkbookModel(), {
        apiLevel: settings.apiLevel,
        displayLanguage: settings.officeLang,
        isDarkTheme: dark,
      });

let status: Loaded | null = null;
let hasLocal = false;
try {
  hasLocal = sessionStorage.getItem("jixiao-preview-local-xlsx") !== null;
} catch {
  hasLocal = false;
}

function layout(): HTMLElement {
  const style = document.createElement("style");
  style.textContent = [
    "html, body { height: 100%; margin: 0; }",
    "body { display: flex; overflow: hidden; }",
    "#preview { flex: 1; min-width: 0; height: 100%; }",
    "#container { width: 360px; flex: none; height: 100%; overflow: auto; border-left: 1px solid #C8C8C8; box-shadow: -2px 0 6px rgba(0,0,0,.08); }",
  ].join("\n");
  document.head.appendChild(style);
  let root = document.getElementById("preview");
  if (!root) {
    root = document.createElement("div");
    root.id = "preview";
    document.body.insertBefore(root, document.body.firstChild);
  }
  return root;
}

const root = createRoot(layout());

function navigate(next: PreviewSettings): void {
  const p = new URLSearchParams(window.location.search);
  p.set("fixture", next.fixture);
  p.set("api", next.apiLevel);
  p.set("officeLang", next.officeLang);
  p.delete("lang"); // let the pane follow Office's display language, as in Excel
  if (next.theme === "dark") p.set("theme", "dark");
  else p.delete("theme");
  const page = next.host === "wps" ? "preview-wps.html" : "preview.html";
  window.location.href = `${page}?${p.toString()}`;
}

async function openFile(file: File): Promise<void> {
  const buffer = await file.arrayBuffer();
  if (storeLocalFile(buffer)) {
    navigate({ ...settings, fixture: LOCAL });
    return;
  }
  // too large to keep across a reload: show it in place
  try {
    sim.replaceWorkbook(await workbookFromBuffer(buffer));
    status = { workbook: sim.wb, source: LOCAL };
  } catch {
    status = {
      workbook: sim.wb,
      source: status?.source ?? "",
      note: { zh: "无法读取该文件（不是有效的 .xlsx？）。", en: "Could not read that file (not a valid .xlsx?)." },
    };
  }
  render();
}

function render(): void {
  root.render(
    <PreviewApp
      sim={sim}
      settings={settings}
      status={status}
      hasLocal={hasLocal}
      onSettings={navigate}
      onOpenFile={(f) => void openFile(f)}
    />,
  );
}

const loadedFingerprints = new Map<string, string>();

async function load(name: string): Promise<string> {
  const loaded = await loadFixture(name);
  sim.replaceWorkbook(loaded.workbook);
  loadedFingerprints.clear();
  for (const s of sim.wb.sheets) loadedFingerprints.set(s.name, sim.fingerprint(s.name));
  status = loaded;
  render();
  return loaded.source;
}

const ready = load(settings.fixture);
sim.holdReady(ready);
render();

const sheetOf = (sheet?: string): string => sheet ?? sim.wb.active.name;
window.__jixiaoPreview = {
  sim,
  host,
  ready,
  loadFixture: load,
  edit: (address, value, sheet) => sim.userEdit(sheetOf(sheet), address, value),
  getValue: (address, sheet) => {
    const r = fromA1(address);
    if (!r || r.r1 !== r.r2 || r.c1 !== r.c2 || address.includes("!")) return null;
    return sim.sheet(sheetOf(sheet)).value(r.r1, r.c1);
  },
  getCellFormat: (address, sheet) => sim.cellFormat(sheetOf(sheet), address),
  displayFill: (address, sheet) => sim.displayFill(sheetOf(sheet), address),
  conditionalFormats: (sheet) => JSON.parse(JSON.stringify(sim.sheet(sheetOf(sheet)).cfs)) as CfModel[],
  fingerprint: (sheet) => sim.fingerprint(sheetOf(sheet)),
  loadedFingerprint: (sheet) => loadedFingerprints.get(sheetOf(sheet)) ?? null,
  selection: () => {
    return rangeToA1(sim.wb.active.selection);
  },
  syncCount: () => sim.syncCount,
  undoStack: () => sim.undoStack.map((e) => ({ source: e.source, label: e.label })),
  activeSheet: () => sim.wb.active.name,
  activate: (sheet) => sim.userActivate(sheet),
  undo: async () => {
    await sim.undo();
  },
  select: (address, sheet) => sim.userSelect(sheetOf(sheet), address),
  dataValidation: (address, sheet) => {
    const r = parseArea(address);
    if (!r) return null;
    const dv = sim
      .sheet(sheetOf(sheet))
      .dvs.find(
        (d) => r.rect.r1 >= d.range.r1 && r.rect.r1 <= d.range.r2 && r.rect.c1 >= d.range.c1 && r.rect.c1 <= d.range.c2,
      );
    return dv
      ? (JSON.parse(JSON.stringify({ range: rectToA1(dv.range), rule: dv.rule, errorAlert: dv.errorAlert })) as {
          range: string;
          rule: unknown;
          errorAlert?: unknown;
        })
      : null;
  },
  merges: (sheet) => sim.sheet(sheetOf(sheet)).merges.map(rectToA1),
  savedSettings: () => JSON.parse(JSON.stringify(sim.settingsSaved)) as Record<string, unknown>,
};
