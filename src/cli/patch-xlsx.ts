/**
 * `annotate`'s package patcher: the workbook is not re-saved, it is patched. Every part it does not need to
 * touch is copied byte for byte (even its compressed bytes); it changes only
 *  - styles.xml: three solid fills and, per (cell style, severity) used, one copy of the cell's style with
 *    that fill — so the flagged cells keep their font, border, number format and alignment;
 *  - the flagged cells of the checked worksheets: their style index (cells that did not exist are added
 *    empty, with the style of their row or column), the `<dimension>` if needed, and a `<legacyDrawing>`
 *    when the sheet gets its first notes;
 *  - the notes: the sheet's comments part (our text appended below an existing note, keeping it), its VML
 *    drawing (a shape per new note), the sheet's relationships and [Content_Types].xml for new parts.
 * Worksheets are rewritten as streams (inflate → scan → deflate), never held whole.
 */
import * as path from "node:path";
import * as zlib from "node:zlib";
import type { CellRange, Severity } from "../domain";
import { columnName, rangeToA1 } from "../domain";
import {
  partText,
  parseRels,
  relsPartOf,
  resolveTarget,
  sheetDimension,
  type SheetRef,
  type XlsxWorkbook,
} from "./read-xlsx";
import { escapeXml, scanXml, XmlScanner, type XmlHandler } from "./xml-scan";
import { crc32, deflatePart, inflateEntry, rawData, streamEntry, writeZip, type ZipEntry, type ZipPart } from "./zip";

/** What to mark on one worksheet. */
export interface SheetMarks {
  ref: SheetRef;
  /** Per cell "row,col": the fill's severity. */
  fills: Map<string, { row: number; col: number; severity: Severity }>;
  /** Per cell: the note text to add. */
  notes: Map<string, { row: number; col: number; text: string }>;
}

/** Solid fills by severity (Excel's own "bad / neutral / note" palette). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};
const SEVERITIES: Severity[] = ["error", "warning", "info"];

export const NOTE_AUTHOR = "绩效目标表助手";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Text for an ST_Xstring (note text): characters XML cannot hold as `_xHHHH_`, a literal `_xHHHH_` kept. */
export function xstring(s: string): string {
  const t = s
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(
      // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this escapes
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  return escapeXml(t);
}

// ---------------------------------------------------------------------------------------------------------------
// styles.xml

interface StylesPlan {
  xml: string;
  /** Cell style count before ours. */
  xfCount: number;
  /** Raw `<xf …>` elements of cellXfs, to copy. */
  xfs: string[];
  /** Prefix of the SpreadsheetML elements ("" or "x:"). */
  prefix: string;
  fillsOpen: { start: number; end: number; selfClosing: boolean; count: number } | null;
  fillsClose: number;
  xfsOpen: { start: number; end: number; selfClosing: boolean } | null;
  xfsClose: number;
  rootClose: number;
  /** Offsets to insert a missing section before: first of these present. */
  sectionStarts: Map<string, number>;
}

function planStyles(xml: string): StylesPlan {
  const plan: StylesPlan = {
    xml,
    xfCount: 0,
    xfs: [],
    prefix: "",
    fillsOpen: null,
    fillsClose: -1,
    xfsOpen: null,
    xfsClose: -1,
    rootClose: -1,
    sectionStarts: new Map(),
  };
  let depth = 0;
  let inXfs = false;
  let fillCount = 0;
  let xfStart = -1;
  const s = new XmlScanner({
    open(name, sc) {
      if (depth === 0) plan.prefix = sc.qname.includes(":") ? sc.qname.slice(0, sc.qname.indexOf(":") + 1) : "";
      if (depth === 1) {
        if (!plan.sectionStarts.has(name)) plan.sectionStarts.set(name, sc.tagStart);
        if (name === "fills")
          plan.fillsOpen = { start: sc.tagStart, end: sc.tagEnd, selfClosing: sc.selfClosing, count: 0 };
        if (name === "cellXfs") {
          plan.xfsOpen = { start: sc.tagStart, end: sc.tagEnd, selfClosing: sc.selfClosing };
          inXfs = !sc.selfClosing;
        }
      }
      if (depth === 2 && name === "fill" && plan.fillsOpen && plan.fillsClose < 0) fillCount++;
      if (depth === 2 && inXfs && name === "xf") {
        if (sc.selfClosing) plan.xfs.push(sc.buf.slice(sc.tagStart, sc.tagEnd));
        else xfStart = sc.tagStart;
      }
      if (!sc.selfClosing) depth++;
    },
    close(name, sc) {
      depth--;
      if (depth === 2 && inXfs && name === "xf" && xfStart >= 0) {
        plan.xfs.push(sc.buf.slice(xfStart, sc.tagEnd));
        xfStart = -1;
      }
      if (depth === 1 && name === "fills") plan.fillsClose = sc.tagStart;
      if (depth === 1 && name === "cellXfs") {
        plan.xfsClose = sc.tagStart;
        inXfs = false;
      }
      if (depth === 0) plan.rootClose = sc.tagStart;
    },
  });
  s.feed(xml);
  s.end();
  if (plan.fillsOpen) plan.fillsOpen.count = fillCount;
  plan.xfCount = plan.xfs.length;
  return plan;
}

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Sets (or adds) attributes on the start tag of an element's raw text. */
function setAttrs(element: string, attrs: Record<string, string>): string {
  const gt = startTagEnd(element);
  let head = element.slice(0, gt);
  const rest = element.slice(gt);
  const selfClose = head.endsWith("/");
  if (selfClose) head = head.slice(0, -1);
  for (const [k, v] of Object.entries(attrs)) {
    const re = new RegExp(`(\\s)${k.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
    if (re.test(head)) head = head.replace(re, `$1${k}="${escapeXml(v)}"`);
    else head = `${head.replace(/\s+$/, "")} ${k}="${escapeXml(v)}"`;
  }
  return head + (selfClose ? "/" : "") + rest;
}

/** Removes an attribute from the start tag of an element's raw text. */
function dropAttr(element: string, name: string): string {
  const gt = startTagEnd(element);
  const re = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  return element.slice(0, gt).replace(re, "") + element.slice(gt);
}

/** Index of the `>` (or `/` of `/>`) ending the first start tag, skipping quoted values. */
function startTagEnd(element: string): number {
  let q = 0;
  for (let i = 0; i < element.length; i++) {
    const c = element.charCodeAt(i);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 0x22 || c === 0x27) q = c;
    else if (c === 0x3e) return element[i - 1] === "/" ? i - 1 : i;
  }
  return element.length;
}

/** Allocates our cell styles while the sheets are patched, then writes styles.xml. */
class StyleBook {
  private readonly plan: StylesPlan;
  private readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(xml: string | null) {
    this.plan = planStyles(xml ?? MINIMAL_STYLES);
  }

  get fillBase(): number {
    return this.plan.fillsOpen ? this.plan.fillsOpen.count : 2;
  }

  /** Our style for a cell that had style `orig`, filled by severity. */
  styleFor(orig: number, severity: Severity): number {
    const key = `${orig}|${severity}`;
    const hit = this.index.get(key);
    if (hit !== undefined) return hit;
    const p = this.plan.prefix;
    const base =
      orig >= 0 && orig < this.plan.xfs.length
        ? this.plan.xfs[orig]
        : `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const fillId = this.fillBase + SEVERITIES.indexOf(severity);
    this.added.push(setAttrs(base, { fillId: String(fillId), applyFill: "1" }));
    const idx = this.plan.xfCount + this.added.length - 1;
    this.index.set(key, idx);
    return idx;
  }

  get used(): boolean {
    return this.added.length > 0;
  }

  /** styles.xml with our fills and styles. */
  render(): string {
    const p = this.plan.prefix;
    const x = this.plan.xml;
    const fills = SEVERITIES.map(
      (s) =>
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${SEVERITY_FILL[s]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    ).join("");
    const edits: { at: number; end: number; text: string }[] = [];
    const fo = this.plan.fillsOpen;
    if (fo) {
      const count = fo.count + SEVERITIES.length;
      if (fo.selfClosing) {
        const open = setAttrs(x.slice(fo.start, fo.end), { count: String(count) });
        edits.push({ at: fo.start, end: fo.end, text: `${open.replace(/\s*\/>$/, ">")}${fills}</${p}fills>` });
      } else {
        edits.push({ at: fo.start, end: fo.end, text: setAttrs(x.slice(fo.start, fo.end), { count: String(count) }) });
        edits.push({ at: this.plan.fillsClose, end: this.plan.fillsClose, text: fills });
      }
    } else {
      const at = this.sectionBefore([
        "borders",
        "cellStyleXfs",
        "cellXfs",
        "cellStyles",
        "dxfs",
        "tableStyles",
        "colors",
        "extLst",
      ]);
      edits.push({
        at,
        end: at,
        text: `<${p}fills count="${2 + SEVERITIES.length}"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill>${fills}</${p}fills>`,
      });
    }
    const xo = this.plan.xfsOpen;
    const xfs = this.added.join("");
    const total = String(this.plan.xfCount + this.added.length);
    if (xo) {
      if (xo.selfClosing) {
        const open = setAttrs(x.slice(xo.start, xo.end), { count: total });
        edits.push({ at: xo.start, end: xo.end, text: `${open.replace(/\s*\/>$/, ">")}${xfs}</${p}cellXfs>` });
      } else {
        edits.push({ at: xo.start, end: xo.end, text: setAttrs(x.slice(xo.start, xo.end), { count: total }) });
        edits.push({ at: this.plan.xfsClose, end: this.plan.xfsClose, text: xfs });
      }
    } else {
      const at = this.sectionBefore(["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
      edits.push({ at, end: at, text: `<${p}cellXfs count="${total}">${xfs}</${p}cellXfs>` });
    }
    edits.sort((a, b) => b.at - a.at || b.end - a.end);
    let out = x;
    for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
  }

  private sectionBefore(names: string[]): number {
    for (const n of names) {
      const at = this.plan.sectionStarts.get(n);
      if (at !== undefined) return at;
    }
    return this.plan.rootClose;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

/** Top-level worksheet elements that come after `<legacyDrawing>` (CT_Worksheet's order). */
const AFTER_LEGACY = new Set([
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

interface RowMarks {
  row: number;
  cols: number[];
  severities: Severity[];
}

/** Rewrites one worksheet: styles of flagged cells, missing cells added, dimension, legacyDrawing. */
class SheetPatcher implements XmlHandler {
  private depth = 0;
  private prefix = "";
  private relPrefix: string | null = null;
  private inSheetData = false;
  private nextRow = 0; // index into rows of the next marked row not yet written
  private row = 0;
  private col = 0;
  private cur: RowMarks | null = null;
  private curNext = 0; // index into cur.cols
  private rowStyle = 0;
  private colStyles: { min: number; max: number; style: number }[] = [];
  /** r:id of the sheet's existing legacyDrawing, if any. */
  existingLegacy: string | null = null;
  private legacyDone = false;

  constructor(
    private readonly rows: RowMarks[],
    private readonly styles: StyleBook,
    private readonly dimension: CellRange | null,
    /** r:id for a new legacyDrawing, or null when the sheet gets no notes. */
    private readonly newLegacyRid: string | null,
  ) {}

  private legacyTag(): string {
    const attr = this.relPrefix ? `${this.relPrefix}:id` : `xmlns:r="${NS_REL}" r:id`;
    return `<${this.prefix}legacyDrawing ${attr}="${this.newLegacyRid}"/>`;
  }

  private styleOfEmpty(col: number): number {
    if (this.rowStyle > 0) return this.rowStyle;
    for (const c of this.colStyles) if (col >= c.min && col <= c.max) return c.style;
    return 0;
  }

  private cellXml(row: number, col: number, severity: Severity): string {
    return `<${this.prefix}c r="${columnName(col)}${row}" s="${this.styles.styleFor(this.styleOfEmpty(col), severity)}"/>`;
  }

  /** Marked cells of the current row before column `before` (exclusive), as new cells. */
  private pendingCells(before: number): string {
    const m = this.cur;
    if (!m) return "";
    let out = "";
    while (this.curNext < m.cols.length && m.cols[this.curNext] < before) {
      out += this.cellXml(m.row, m.cols[this.curNext], m.severities[this.curNext]);
      this.curNext++;
    }
    return out;
  }

  /** Marked rows before row `before` (exclusive) that do not exist, as new rows. */
  private pendingRows(before: number): string {
    let out = "";
    while (this.nextRow < this.rows.length && this.rows[this.nextRow].row < before) {
      const m = this.rows[this.nextRow++];
      this.rowStyle = 0;
      out += `<${this.prefix}row r="${m.row}">${m.cols.map((c, i) => this.cellXml(m.row, c, m.severities[i])).join("")}</${this.prefix}row>`;
    }
    return out;
  }

  open(name: string, s: XmlScanner): void {
    const depth = this.depth;
    if (!s.selfClosing) this.depth++;
    if (depth === 0) {
      this.prefix = s.qname.includes(":") ? s.qname.slice(0, s.qname.indexOf(":") + 1) : "";
      for (const [k, v] of s.rawAttrs())
        if (k.startsWith("xmlns:") && (v === NS_REL || v === NS_REL_STRICT)) this.relPrefix = k.slice(6);
      return;
    }
    if (depth === 1) {
      if (name === "legacyDrawing") {
        this.existingLegacy = s.attrLocal("id") ?? null;
        this.legacyDone = true;
      } else if (this.newLegacyRid && !this.legacyDone && AFTER_LEGACY.has(name)) {
        s.insertBefore(this.legacyTag());
        this.legacyDone = true;
      }
      if (name === "dimension" && this.dimension) {
        const ref = s.attr("ref");
        if (ref !== undefined && ref.toUpperCase() !== rangeToA1(this.dimension)) {
          s.replaceTag(setAttrs(s.buf.slice(s.tagStart, s.tagEnd), { ref: rangeToA1(this.dimension) }));
        }
      } else if (name === "sheetData") {
        if (s.selfClosing) {
          if (this.rows.length > 0) {
            const open = s.buf.slice(s.tagStart, s.tagEnd).replace(/\s*\/>$/, ">");
            s.replaceTag(`${open}${this.pendingRows(Infinity)}</${s.qname}>`);
          }
        } else this.inSheetData = true;
      }
      return;
    }
    if (depth === 2 && name === "col" && !this.inSheetData) {
      const min = Number(s.attr("min"));
      const max = Number(s.attr("max"));
      const style = Number(s.attr("style") ?? 0) | 0;
      if (style > 0 && min >= 1 && max >= min) this.colStyles.push({ min, max, style });
      return;
    }
    if (!this.inSheetData) return;
    if (depth === 2 && name === "row") {
      const r = s.attr("r");
      const n = r === undefined ? this.row + 1 : Number(r);
      const before = this.pendingRows(n);
      if (before) s.insertBefore(before);
      this.row = n;
      this.col = 0;
      const custom = s.attr("customFormat");
      this.rowStyle = custom === "1" || custom === "true" ? Number(s.attr("s") ?? 0) | 0 : 0;
      const m = this.nextRow < this.rows.length && this.rows[this.nextRow].row === n ? this.rows[this.nextRow++] : null;
      this.cur = m;
      this.curNext = 0;
      if (!m) return;
      let tag = s.buf.slice(s.tagStart, s.tagEnd);
      const spans = s.attr("spans");
      if (spans !== undefined) {
        const [a, b] = spans.split(":").map(Number);
        const lo = Math.min(a, m.cols[0]);
        const hi = Math.max(b, m.cols[m.cols.length - 1]);
        if (lo !== a || hi !== b)
          tag =
            Number.isFinite(lo) && Number.isFinite(hi)
              ? setAttrs(tag, { spans: `${lo}:${hi}` })
              : dropAttr(tag, "spans");
      }
      if (s.selfClosing) {
        s.replaceTag(`${tag.replace(/\s*\/>$/, ">")}${this.pendingCells(Infinity)}</${s.qname}>`);
        this.cur = null;
      } else if (tag !== s.buf.slice(s.tagStart, s.tagEnd)) s.replaceTag(tag);
      return;
    }
    if (depth === 3 && name === "c") {
      const r = s.attr("r");
      const col = r === undefined ? this.col + 1 : colOf(r);
      this.col = col;
      const m = this.cur;
      if (!m) return;
      const before = this.pendingCells(col);
      if (before) s.insertBefore(before);
      if (this.curNext < m.cols.length && m.cols[this.curNext] === col) {
        const orig = Number(s.attr("s") ?? 0) | 0;
        const style = this.styles.styleFor(orig, m.severities[this.curNext]);
        s.replaceTag(setAttrs(s.buf.slice(s.tagStart, s.tagEnd), { s: String(style) }));
        this.curNext++;
      }
    }
  }

  close(name: string, s: XmlScanner): void {
    this.depth--;
    const depth = this.depth;
    if (depth === 0) {
      if (this.newLegacyRid && !this.legacyDone) {
        s.insertBefore(this.legacyTag());
        this.legacyDone = true;
      }
      return;
    }
    if (depth === 1 && name === "sheetData" && this.inSheetData) {
      const rest = this.pendingRows(Infinity);
      if (rest) s.insertBefore(rest);
      this.inSheetData = false;
      return;
    }
    if (depth === 2 && name === "row" && this.inSheetData && this.cur) {
      const rest = this.pendingCells(Infinity);
      if (rest) s.insertBefore(rest);
      this.cur = null;
    }
  }
}

function colOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    let c = ref.charCodeAt(i);
    if (c === 0x24) continue;
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
  }
  return col;
}

/** Streams a worksheet part through the patcher into a deflated part. */
async function patchSheet(wb: XlsxWorkbook, entry: ZipEntry, patcher: SheetPatcher): Promise<ZipPart> {
  const deflater = zlib.createDeflateRaw({ level: 6 });
  const chunks: Buffer[] = [];
  deflater.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    deflater.on("end", resolve);
    deflater.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  let pending: string[] = [];
  let pendingLen = 0;
  const flush = async () => {
    if (pendingLen === 0) return;
    const b = Buffer.from(pending.join(""), "utf8");
    pending = [];
    pendingLen = 0;
    crc = crc32(b, crc);
    size += b.length;
    if (!deflater.write(b)) await new Promise<void>((r) => deflater.once("drain", r));
  };
  const scanner = new XmlScanner(patcher).rewriteTo((text) => {
    pending.push(text);
    pendingLen += text.length;
  });
  const decoder = new TextDecoder("utf-8");
  await streamEntry(wb.buf, entry, async (chunk) => {
    scanner.feed(decoder.decode(chunk, { stream: true }));
    if (pendingLen > 256 * 1024) await flush();
  });
  scanner.feed(decoder.decode());
  scanner.end();
  await flush();
  deflater.end();
  await ended;
  return { name: entry.name, deflated: chunks, crc, size, time: entry.time, date: entry.date };
}

// ---------------------------------------------------------------------------------------------------------------
// Notes: comments part, VML drawing, relationships, content types

interface NewNote {
  row: number;
  col: number;
  text: string;
}

function uniquePart(taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function nextRelId(ids: Set<string>): string {
  for (let n = ids.size + 1; ; n++) {
    const id = `rId${n}`;
    if (!ids.has(id)) {
      ids.add(id);
      return id;
    }
  }
}

const noteRun = (text: string) =>
  `<r><rPr><sz val="9"/><rFont val="宋体"/></rPr><t xml:space="preserve">${xstring(text)}</t></r>`;

/** Adds our notes to an existing comments part: appended below a cell's note, or a new comment. */
function patchComments(xml: string, notes: NewNote[]): { xml: string; added: NewNote[] } {
  let prefix = "";
  let depth = 0;
  let authorsClose = -1;
  let authorCount = 0;
  let ourAuthor = -1;
  let listClose = -1;
  let listOpen: { start: number; end: number; selfClosing: boolean } | null = null;
  let inAuthor = false;
  let cur: { ref: string; textClose: number } | null = null;
  const byRef = new Map<string, number>(); // ref → offset of its </text>
  scanXml(xml, {
    open(name, s) {
      if (depth === 0) prefix = s.qname.includes(":") ? s.qname.slice(0, s.qname.indexOf(":") + 1) : "";
      if (name === "author" && !s.selfClosing) {
        inAuthor = true;
        s.wantText = true;
      } else if (name === "author") authorCount++;
      if (name === "commentList") listOpen = { start: s.tagStart, end: s.tagEnd, selfClosing: s.selfClosing };
      if (name === "comment") cur = { ref: (s.attr("ref") ?? "").toUpperCase(), textClose: -1 };
      if (!s.selfClosing) depth++;
    },
    close(name, s) {
      depth--;
      if (name === "author" && inAuthor) {
        inAuthor = false;
        s.wantText = false;
        if (s.takeText() === NOTE_AUTHOR) ourAuthor = authorCount;
        authorCount++;
      } else if (name === "authors") authorsClose = s.tagStart;
      else if (name === "text" && cur) cur.textClose = s.tagStart;
      else if (name === "comment" && cur) {
        if (cur.textClose >= 0 && !byRef.has(cur.ref)) byRef.set(cur.ref, cur.textClose);
        cur = null;
      } else if (name === "commentList") listClose = s.tagStart;
    },
  });
  const edits: { at: number; end: number; text: string }[] = [];
  let author = ourAuthor;
  if (author < 0) {
    author = authorCount;
    if (authorsClose >= 0)
      edits.push({
        at: authorsClose,
        end: authorsClose,
        text: `<${prefix}author>${escapeXml(NOTE_AUTHOR)}</${prefix}author>`,
      });
  }
  const added: NewNote[] = [];
  let fresh = "";
  for (const n of notes) {
    const ref = `${columnName(n.col)}${n.row}`;
    const at = byRef.get(ref);
    if (at !== undefined)
      edits.push({
        at,
        end: at,
        text: noteRun(`\n\n${n.text}`).replace(/<(\/?)(r|rPr|sz|rFont|t)\b/g, `<$1${prefix}$2`),
      });
    else {
      fresh += `<${prefix}comment ref="${ref}" authorId="${author}"><${prefix}text>${noteRun(n.text).replace(/<(\/?)(r|rPr|sz|rFont|t)\b/g, `<$1${prefix}$2`)}</${prefix}text></${prefix}comment>`;
      added.push(n);
    }
  }
  if (fresh) {
    const lo = listOpen as { start: number; end: number; selfClosing: boolean } | null;
    if (lo && lo.selfClosing)
      edits.push({ at: lo.start, end: lo.end, text: `<${prefix}commentList>${fresh}</${prefix}commentList>` });
    else if (listClose >= 0) edits.push({ at: listClose, end: listClose, text: fresh });
    else throw new Error("comments part without a commentList");
  }
  edits.sort((a, b) => b.at - a.at);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return { xml: out, added };
}

function newComments(notes: NewNote[]): string {
  const list = notes
    .map((n) => `<comment ref="${columnName(n.col)}${n.row}" authorId="0"><text>${noteRun(n.text)}</text></comment>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS_MAIN}"><authors><author>${escapeXml(NOTE_AUTHOR)}</author></authors><commentList>${list}</commentList></comments>`;
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function vmlShape(id: number, n: NewNote): string {
  const r = n.row - 1;
  const c = n.col - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:96pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 5}, 15, ${r + 6}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

function newVml(idmap: number, firstId: number, notes: NewNote[]): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPETYPE}` +
    notes.map((n, i) => vmlShape(firstId + i, n)).join("") +
    "</xml>"
  );
}

function patchVml(xml: string, notes: NewNote[]): string {
  let max = 0;
  for (const m of xml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  for (const m of xml.matchAll(/o:spid="_x0000_s(\d+)"/g)) max = Math.max(max, Number(m[1]));
  const shapes =
    (xml.includes('id="_x0000_t202"') ? "" : SHAPETYPE) +
    notes.map((n, i) => vmlShape(Math.max(max, 1024) + 1 + i, n)).join("");
  const end = xml.lastIndexOf("</xml>");
  if (end < 0) throw new Error("VML drawing without </xml>");
  return xml.slice(0, end) + shapes + xml.slice(end);
}

function addRels(xml: string | undefined, rels: { id: string; type: string; target: string }[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  if (xml === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  }
  const selfClosing = /<Relationships\b[^>]*\/>\s*$/.exec(xml);
  if (selfClosing)
    return xml.slice(0, selfClosing.index) + selfClosing[0].replace(/\s*\/>\s*$/, `>${items}</Relationships>`);
  const end = xml.lastIndexOf("</Relationships>");
  if (end < 0) throw new Error("relationships part without </Relationships>");
  return xml.slice(0, end) + items + xml.slice(end);
}

function addContentTypes(xml: string, defaults: Record<string, string>, overrides: Record<string, string>): string {
  let add = "";
  for (const [ext, ct] of Object.entries(defaults)) {
    if (!new RegExp(`<Default\\s[^>]*Extension="${ext}"`, "i").test(xml))
      add += `<Default Extension="${ext}" ContentType="${ct}"/>`;
  }
  for (const [part, ct] of Object.entries(overrides))
    add += `<Override PartName="/${escapeXml(part)}" ContentType="${ct}"/>`;
  if (add === "") return xml;
  const end = xml.lastIndexOf("</Types>");
  if (end < 0) throw new Error("[Content_Types].xml without </Types>");
  return xml.slice(0, end) + add + xml.slice(end);
}

// ---------------------------------------------------------------------------------------------------------------

const relativeTarget = (fromPart: string, toPart: string) => path.posix.relative(path.posix.dirname(fromPart), toPart);

/**
 * The annotated package: every part of `wb` in its order, the patched ones replaced, new ones at the end.
 * Returns the zip as buffers to write.
 */
export async function annotatePackage(wb: XlsxWorkbook, sheets: readonly SheetMarks[]): Promise<Buffer[]> {
  const replaced = new Map<string, ZipPart>();
  const added: ZipPart[] = [];
  const taken = new Set(wb.entries.map((e) => e.name.toLowerCase()));
  const text = (part: string) => {
    const e = wb.entry(part);
    return e ? partText(inflateEntry(wb.buf, e)) : undefined;
  };
  const put = (part: string, content: string) => {
    const e = wb.entry(part);
    const buf = Buffer.from(content, "utf8");
    if (e) replaced.set(e.name, deflatePart(e.name, buf, e.time, e.date));
    else added.push(deflatePart(part, buf));
  };
  const styles = new StyleBook(wb.stylesPart ? (text(wb.stylesPart) ?? null) : null);
  const ctDefaults: Record<string, string> = {};
  const ctOverrides: Record<string, string> = {};
  // VML shape blocks (o:idmap) already used in the package
  let idmapMax = 0;
  for (const e of wb.entries) {
    if (!/\.vml$/i.test(e.name)) continue;
    const v = text(e.name) ?? "";
    for (const m of v.matchAll(/<o:idmap[^>]*data="([\d,\s]+)"/g))
      for (const d of m[1].split(/[,\s]+/)) idmapMax = Math.max(idmapMax, Number(d) || 0);
  }

  for (const m of sheets) {
    if (m.fills.size === 0 && m.notes.size === 0) continue;
    const entry = wb.entry(m.ref.part)!;
    const relsPart = relsPartOf(entry.name);
    const relsXml = text(relsPart);
    const rels = relsXml === undefined ? [] : parseRels(relsXml);
    const relIds = new Set(rels.map((r) => r.id));
    const newRels: { id: string; type: string; target: string }[] = [];

    // rows of marked cells, sorted
    const byRow = new Map<number, { col: number; severity: Severity }[]>();
    let dim: CellRange | null = null;
    for (const f of m.fills.values()) {
      let list = byRow.get(f.row);
      if (!list) byRow.set(f.row, (list = []));
      list.push({ col: f.col, severity: f.severity });
      dim = dim
        ? {
            r1: Math.min(dim.r1, f.row),
            c1: Math.min(dim.c1, f.col),
            r2: Math.max(dim.r2, f.row),
            c2: Math.max(dim.c2, f.col),
          }
        : { r1: f.row, c1: f.col, r2: f.row, c2: f.col };
    }
    const rows: RowMarks[] = [...byRow.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, list]) => {
        list.sort((a, b) => a.col - b.col);
        return { row, cols: list.map((x) => x.col), severities: list.map((x) => x.severity) };
      });
    const notes = [...m.notes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const commentsRel = rels.find((r) => r.type.endsWith("/comments") && !r.external);
    const wantLegacy = notes.length > 0 ? nextRelId(relIds) : null;
    const sheetDim = await sheetDimension(wb.buf, entry);
    const union =
      sheetDim && dim
        ? {
            r1: Math.min(sheetDim.r1, dim.r1),
            c1: Math.min(sheetDim.c1, dim.c1),
            r2: Math.max(sheetDim.r2, dim.r2),
            c2: Math.max(sheetDim.c2, dim.c2),
          }
        : null;
    const patcher = new SheetPatcher(rows, styles, union, wantLegacy);
    replaced.set(entry.name, await patchSheet(wb, entry, patcher));
    if (notes.length === 0) continue;

    // comments
    let fresh: NewNote[];
    if (commentsRel) {
      const part = resolveTarget(entry.name, commentsRel.target);
      const xml = text(part);
      if (xml === undefined) throw new Error(`missing comments part ${part}`);
      const r = patchComments(xml, notes);
      put(part, r.xml);
      fresh = r.added;
    } else {
      const part = uniquePart(taken, (n) => `xl/comments${n}.xml`);
      put(part, newComments(notes));
      ctOverrides[part] = CT_COMMENTS;
      newRels.push({ id: nextRelId(relIds), type: REL_COMMENTS, target: relativeTarget(entry.name, part) });
      fresh = notes;
    }
    // the drawing that shows the notes
    const legacyRel = patcher.existingLegacy ? rels.find((r) => r.id === patcher.existingLegacy) : undefined;
    if (legacyRel) {
      const part = resolveTarget(entry.name, legacyRel.target);
      const xml = text(part);
      if (xml !== undefined && fresh.length > 0) put(part, patchVml(xml, fresh));
      // the new legacyDrawing id was not used: the sheet already had one
    } else {
      const part = uniquePart(taken, (n) => `xl/drawings/vmlDrawing${n}.vml`);
      idmapMax++;
      put(part, newVml(idmapMax, idmapMax * 1024 + 1, fresh));
      ctDefaults.vml = CT_VML;
      newRels.push({ id: wantLegacy!, type: REL_VML, target: relativeTarget(entry.name, part) });
    }
    if (newRels.length > 0) put(relsPart, addRels(relsXml, newRels));
  }

  if (styles.used) {
    if (wb.stylesPart) put(wb.stylesPart, styles.render());
    else {
      const part = uniquePart(taken, (n) => (n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`));
      put(part, styles.render());
      ctOverrides[part] = CT_STYLES;
      const wbRels = relsPartOf(wb.workbookPart);
      const ids = new Set((text(wbRels) ? parseRels(text(wbRels)!) : []).map((r) => r.id));
      put(
        wbRels,
        addRels(text(wbRels), [
          { id: nextRelId(ids), type: REL_STYLES, target: relativeTarget(wb.workbookPart, part) },
        ]),
      );
    }
  }
  if (Object.keys(ctDefaults).length > 0 || Object.keys(ctOverrides).length > 0) {
    const ct = text("[Content_Types].xml");
    if (ct === undefined) throw new Error("no [Content_Types].xml");
    put("[Content_Types].xml", addContentTypes(ct, ctDefaults, ctOverrides));
  }

  const parts: ZipPart[] = wb.entries.map(
    (e) => replaced.get(e.name) ?? { name: e.name, copy: e, raw: rawData(wb.buf, e) },
  );
  // a rels part or styles part that did not exist is new: put it after the others
  return writeZip([...parts, ...added]);
}
