/**
 * The simulated sheet drawn the way Excel shows it: column letters, row numbers, merged cells,
 * fills (conditional formats first), fonts, borders, wrap and alignment, widths and heights,
 * a selection outline, and in-cell editing (double-click, F2 or typing; Enter commits as a user edit).
 */
import { type CSSProperties, type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from "react";
import { columnName } from "../../domain/model/a1";
import type { CellRange } from "../../domain/model/types";
import { MAX_COLS, MAX_ROWS } from "../../domain/model/limits";
import { displayFillsIn, type HostSimulator, type SheetModel } from "../../simulator";
import type { CellFormat } from "../../simulator";

const PT_TO_PX = 4 / 3;
/** Rows drawn beyond the visible ones, above and below (the grid draws only what can be seen). */
const OVERSCAN_PX = 400;
const MAX_RENDER_COLS = 100;

export interface GridProps {
  sim: HostSimulator;
  sheet: SheetModel;
}

interface Editing {
  row: number;
  col: number;
  text: string;
}

const BORDER_STYLE: Record<string, string> = {
  Continuous: "solid",
  Dash: "dashed",
  DashDot: "dashed",
  DashDotDot: "dotted",
  Dot: "dotted",
  Double: "double",
  SlantDashDot: "dashed",
};
const GRIDLINE = "1px solid #E1E1E1";
const BORDER_WIDTH: Record<string, number> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };

function borderCss(b: CellFormat["borders"]["EdgeTop"]): string | undefined {
  if (!b || b.style === "None") return undefined;
  const width = b.style === "Double" ? 3 : (BORDER_WIDTH[b.weight] ?? 1);
  return `${width}px ${BORDER_STYLE[b.style] ?? "solid"} ${b.color}`;
}

export function displayValue(v: string | number | boolean | null, numberFormat: string): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    const pct = /^0(\.(0+))?%$/.exec(numberFormat);
    if (pct) return `${(v * 100).toFixed(pct[2]?.length ?? 0)}%`;
    const fixed = /^0\.(0+)$/.exec(numberFormat);
    if (fixed) return v.toFixed(fixed[1].length);
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(11)));
  }
  return v;
}

function cellCss(
  sheet: SheetModel,
  row: number,
  col: number,
  merge: CellRange | undefined,
  fill: (row: number, col: number) => string | null,
): CSSProperties {
  const f = sheet.format(row, col);
  const last = merge ? sheet.format(merge.r2, merge.c2) : f;
  const v = sheet.value(row, col);
  const h = f.horizontalAlignment;
  return {
    background: fill(row, col) ?? "#FFFFFF",
    fontWeight: f.font.bold ? 700 : 400,
    fontStyle: f.font.italic ? "italic" : "normal",
    textDecoration: f.font.underline !== "None" ? "underline" : undefined,
    color: f.font.color,
    fontSize: `${f.font.size}pt`,
    fontFamily: `${JSON.stringify(f.font.name)}, "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`,
    textAlign:
      h === "Center" || h === "CenterAcrossSelection"
        ? "center"
        : h === "Right"
          ? "right"
          : h === "Left"
            ? "left"
            : typeof v === "number"
              ? "right"
              : "left",
    verticalAlign: f.verticalAlignment === "Top" ? "top" : f.verticalAlignment === "Center" ? "middle" : "bottom",
    whiteSpace: f.wrapText ? "pre-wrap" : "pre",
    borderTop: borderCss(f.borders.EdgeTop) ?? GRIDLINE,
    borderLeft: borderCss(f.borders.EdgeLeft) ?? GRIDLINE,
    borderBottom: borderCss(last.borders.EdgeBottom) ?? GRIDLINE,
    borderRight: borderCss(last.borders.EdgeRight) ?? GRIDLINE,
  };
}

export function Grid({ sim, sheet }: GridProps) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  useLayoutEffect(() => {
    const el = gridRef.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight || 800 });
  }, [sheet]);
  const used = sheet.usedRect(false) ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
  const sel = sheet.selection;
  const nRows = Math.min(Math.max(used.r2 + 10, sel.r2 + 5, 40), MAX_ROWS);
  const nCols = Math.min(Math.max(used.c2 + 3, sel.c2 + 2, 12), MAX_RENDER_COLS);

  useEffect(() => {
    setEditing(null);
    sim.setCellEditMode(false);
  }, [sheet, sim]);

  // Only the rows in view (plus some) are drawn; spacer rows stand for the others.
  const heights: number[] = [0];
  const tops: number[] = [0, 0];
  for (let r = 1; r <= nRows; r++) {
    heights[r] = Math.round(sheet.rowHeight(r) * PT_TO_PX);
    tops[r + 1] = tops[r] + heights[r];
  }
  let first = 1;
  while (first < nRows && tops[first + 1] < view.top - OVERSCAN_PX) first++;
  let last = first;
  while (last < nRows && tops[last] < view.top + view.height + OVERSCAN_PX) last++;
  // a merge that starts above the window but reaches into it is drawn from its first row
  for (const m of sheet.merges) if (m.r1 < first && m.r2 >= first && m.c1 <= nCols) first = m.r1;

  // keep the selected cell in view when something else (a click in the pane) selects it: rows and columns
  const selTop = tops[Math.min(sel.r1, nRows)] ?? 0;
  const selLeft =
    40 +
    Array.from({ length: Math.min(sel.c1, nCols) - 1 }, (_, i) =>
      Math.round(sheet.columnWidth(i + 1) * PT_TO_PX),
    ).reduce((a, b) => a + b, 0);
  useEffect(() => {
    const el = gridRef.current;
    if (!el) return;
    if (selTop < el.scrollTop + 20 || selTop > el.scrollTop + el.clientHeight - 40)
      el.scrollTop = Math.max(0, selTop - 80);
    if (selLeft < el.scrollLeft + 40 || selLeft > el.scrollLeft + el.clientWidth - 60)
      el.scrollLeft = Math.max(0, selLeft - 80);
  }, [selTop, selLeft]);

  const mergeAt = new Map<number, CellRange>();
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    if (m.r1 > last || m.r2 < first || m.c1 > nCols) continue;
    mergeAt.set(m.r1 * 100000 + m.c1, m);
    for (let r = Math.max(m.r1, first); r <= Math.min(m.r2, last); r++)
      for (let c = m.c1; c <= Math.min(m.c2, nCols); c++) if (r !== m.r1 || c !== m.c1) covered.add(r * 100000 + c);
  }

  const address = (row: number, col: number): string => `${columnName(col)}${row}`;

  function select(row: number, col: number): void {
    const r = Math.max(1, Math.min(row, MAX_ROWS));
    const c = Math.max(1, Math.min(col, MAX_COLS));
    sim.userSelect(sheet.name, address(r, c));
  }

  function startEdit(row: number, col: number, text?: string): void {
    const v = sheet.cell(row, col);
    setEditing({ row, col, text: text ?? v?.formula ?? displayValue(v?.value ?? null, "General") });
    sim.setCellEditMode(true);
  }

  function stopEdit(commit: boolean, move: [number, number] = [1, 0]): void {
    if (!editing) return;
    const e = editing;
    setEditing(null);
    sim.setCellEditMode(false);
    if (commit) void sim.userEdit(sheet.name, address(e.row, e.col), e.text);
    select(e.row + move[0], e.col + move[1]);
    gridRef.current?.focus();
  }

  function onGridKey(ev: KeyboardEvent<HTMLDivElement>): void {
    if (editing) return;
    const { r1: row, c1: col } = sel;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === "z") {
      ev.preventDefault();
      void sim.undo();
    } else if (moves[ev.key]) {
      ev.preventDefault();
      select(row + moves[ev.key][0], col + moves[ev.key][1]);
    } else if (ev.key === "F2") {
      ev.preventDefault();
      startEdit(row, col);
    } else if (ev.key === "Delete" || ev.key === "Backspace") {
      ev.preventDefault();
      void sim.userEdit(sheet.name, address(row, col), "");
    } else if (ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      startEdit(row, col, ev.key);
    }
  }

  const colWidths = Array.from({ length: nCols }, (_, i) => Math.round(sheet.columnWidth(i + 1) * PT_TO_PX));
  // the fills of the drawn window, every conditional format looked at once
  const fills = displayFillsIn(sheet, { r1: first, c1: 1, r2: last, c2: nCols });
  const rows = [];
  if (first > 1) rows.push(<tr key="above" style={{ height: tops[first] }} aria-hidden />);
  for (let r = first; r <= last; r++) {
    const cells = [];
    for (let c = 1; c <= nCols; c++) {
      const k = r * 100000 + c;
      if (covered.has(k)) continue;
      const m = mergeAt.get(k);
      const isSel = r === sel.r1 && c === sel.c1;
      const inSel = !isSel && r >= sel.r1 && r <= sel.r2 && c >= sel.c1 && c <= sel.c2;
      const isEditing = editing?.row === r && editing.col === c;
      const value = sheet.value(r, c);
      const style: CSSProperties = {
        ...cellCss(sheet, r, c, m, fills),
        outline: isSel ? "2px solid #217346" : undefined,
        outlineOffset: isSel ? -2 : undefined,
        boxShadow: inSel ? "inset 0 0 0 9999px rgba(33, 115, 70, 0.12)" : undefined,
        padding: isEditing ? 0 : "0 3px",
        overflow: "hidden",
        position: "relative",
      };
      cells.push(
        <td
          key={c}
          rowSpan={m ? Math.min(m.r2, last) - m.r1 + 1 : undefined}
          colSpan={m ? Math.min(m.c2, nCols) - m.c1 + 1 : undefined}
          style={style}
          data-address={address(r, c)}
          onMouseDown={() => {
            if (editing && !isEditing) stopEdit(true, [0, 0]);
            select(r, c);
          }}
          onDoubleClick={() => startEdit(r, c)}
          title={value === null ? undefined : String(value)}
        >
          {isEditing ? (
            <input
              autoFocus
              aria-label={`${address(r, c)}`}
              value={editing.text}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  stopEdit(true, [e.shiftKey ? -1 : 1, 0]);
                } else if (e.key === "Tab") {
                  e.preventDefault();
                  stopEdit(true, [0, e.shiftKey ? -1 : 1]);
                } else if (e.key === "Escape") {
                  e.preventDefault();
                  stopEdit(false, [0, 0]);
                }
              }}
              style={{
                width: "100%",
                height: "100%",
                boxSizing: "border-box",
                border: "2px solid #217346",
                font: "inherit",
                padding: "0 2px",
              }}
            />
          ) : (
            displayValue(value, sheet.format(r, c).numberFormat)
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={r} style={{ height: heights[r] }}>
        <th style={{ ...headStyle, background: r >= sel.r1 && r <= sel.r2 ? "#D3F0E0" : headStyle.background }}>{r}</th>
        {cells}
      </tr>,
    );
  }
  if (last < nRows) rows.push(<tr key="below" style={{ height: tops[nRows + 1] - tops[last + 1] }} aria-hidden />);

  return (
    <div
      ref={gridRef}
      tabIndex={0}
      onKeyDown={onGridKey}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      style={{ overflow: "auto", flex: 1, outline: "none" }}
      data-testid="grid"
    >
      <table style={{ borderCollapse: "collapse", tableLayout: "fixed", width: colWidths.reduce((a, b) => a + b, 40) }}>
        <colgroup>
          <col style={{ width: 40 }} />
          {colWidths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: 20 }}>
            <th style={{ ...headStyle, position: "sticky", top: 0, left: 0, zIndex: 3 }} />
            {colWidths.map((_, i) => (
              <th
                key={i}
                style={{
                  ...headStyle,
                  position: "sticky",
                  top: 0,
                  zIndex: 2,
                  background: i + 1 >= sel.c1 && i + 1 <= sel.c2 ? "#D3F0E0" : headStyle.background,
                }}
              >
                {columnName(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {used.r2 > nRows && (
        <p style={{ fontFamily: "sans-serif", fontSize: 12, color: "#666", padding: 8 }}>
          仅显示前 {nRows} 行（共 {used.r2} 行）。 / Showing the first {nRows} of {used.r2} rows.
        </p>
      )}
    </div>
  );
}

const headStyle: CSSProperties = {
  background: "#F3F3F3",
  color: "#444",
  fontWeight: 400,
  fontSize: 12,
  fontFamily: "sans-serif",
  border: "1px solid #D4D4D4",
  textAlign: "center",
  userSelect: "none",
};
