/**
 * Reading workbooks for the command: file checks (missing, empty, encrypted, corrupt, not an xlsx), the
 * package's limits checked from its zip directory before anything large is inflated, then a lean streaming
 * read of each worksheet straight into the engine's `SheetInput` (values, merges, number formats — not the
 * whole object model), so that memory follows the cells, not the XML.
 *
 * Limits (see `readLimits`; `--max-cells` raises them together), each a one-line refusal with exit 2:
 *  - a sheet may span at most `maxCells` cells (estimated from its `<dimension>` first, counted while read);
 *  - the parts read may inflate to at most `maxTotalBytes` together, the shared strings to `maxSharedStringsBytes`;
 *  - a part other than the shared strings that inflates to more than 1 MiB may not be compressed more than
 *    100:1 (real worksheets stay far below; zip bombs are far above);
 *  - workbook.xml, relationships and styles.xml at most 128 MiB each; text in a cell at most 32,767 characters.
 */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import type { CellRange, SheetInput } from "../domain";
import { fromA1 } from "../domain";
import { DEFAULT_MAX_CELLS } from "../domain/model/limits";
import { list } from "../domain/i18n/messages";
import { CliError, describe, limitMessages, cliText, readFailure } from "./errors";
import { CellLimitError, SharedStringsHandler, SheetDataError, SheetHandler, type StyleFormats } from "./read-sheet";
import { XmlError, XmlScanner, scanXml, type XmlHandler } from "./xml-scan";
import { inflateEntry, readZip, streamEntry, ZipError, type ZipEntry } from "./zip";

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

const MiB = 1024 * 1024;

export interface ReadLimits {
  maxCells: number;
  maxTotalBytes: number;
  maxSharedStringsBytes: number;
  maxStructuralBytes: number;
  maxRatio: number;
  ratioFloorBytes: number;
}

/** The limits for a cell limit (default DEFAULT_MAX_CELLS): byte limits grow with it. */
export function readLimits(maxCells = DEFAULT_MAX_CELLS): ReadLimits {
  return {
    maxCells,
    maxTotalBytes: Math.max(1024 * MiB, maxCells * 64),
    maxSharedStringsBytes: Math.max(512 * MiB, maxCells * 32),
    maxStructuralBytes: 128 * MiB,
    maxRatio: 100,
    ratioFloorBytes: MiB,
  };
}

export interface LoadOptions {
  /** Default DEFAULT_MAX_CELLS. */
  maxCells?: number;
}

/** A worksheet of the package. */
export interface SheetRef {
  name: string;
  /** Its part, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const relType = (type: string, kind: string) => type.endsWith(`/${kind}`);

/** A relationship target → part name (`xl/worksheets/sheet1.xml`), relative to the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep it as written
  }
  const base = t.startsWith("/")
    ? []
    : path.posix
        .dirname(sourcePart)
        .split("/")
        .filter((x) => x !== "" && x !== ".");
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** Bytes → text, for a whole small part (UTF-8, or UTF-16 with a byte-order mark). */
export function partText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString("utf16le", 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  const s = bytes.toString("utf8");
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export function parseRels(xml: string): Rel[] {
  const rels: Rel[] = [];
  scanXml(xml, {
    open(name, s) {
      if (name !== "Relationship") return;
      const id = s.attr("Id");
      const type = s.attr("Type");
      const target = s.attr("Target");
      if (id !== undefined && type !== undefined && target !== undefined)
        rels.push({ id, type, target, external: s.attr("TargetMode") === "External" });
    },
    close() {},
  });
  return rels;
}

/** Built-in number formats (ECMA-376 §18.8.30), and the zh-CN built-in date formats 27–36 and 50–58. */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Does a format code show a date or time? (exceljs's test: y m d h s b outside quotes and brackets.) */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\\./g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare) || /上午|下午/.test(bare);
}

/** styles.xml → the number format of every cell style (cellXfs). */
export function parseStyleFormats(xml: string | null): StyleFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  if (xml !== null) {
    let inXfs = false;
    scanXml(xml, {
      open(name, s) {
        if (name === "numFmt") {
          const id = Number(s.attr("numFmtId"));
          const code = s.attr("formatCode");
          if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
        } else if (name === "cellXfs") inXfs = !s.selfClosing;
        else if (name === "xf" && inXfs) ids.push(Number(s.attr("numFmtId") ?? 0) | 0);
      },
      close(name) {
        if (name === "cellXfs") inXfs = false;
      },
    });
  }
  const codes: (string | null)[] = [];
  const dates: boolean[] = [];
  for (const id of ids) {
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    const general = code === null || /^general$/i.test(code.trim());
    codes.push(general ? null : code);
    dates.push(!general && isDateFormat(code));
  }
  return { codes, dates };
}

/** The `<dimension ref>` near the top of a worksheet part, from its first 64 KiB (null when it has none). */
export async function sheetDimension(buf: Buffer, e: ZipEntry): Promise<CellRange | null> {
  const chunks: Buffer[] = [];
  await streamEntry(buf, e, (c) => void chunks.push(c), 64 * 1024);
  const m = /<(?:[\w.-]+:)?dimension\s+ref\s*=\s*["']([^"']+)["']/.exec(Buffer.concat(chunks).toString("utf8"));
  return m ? fromA1(m[1]) : null;
}

/** An open workbook: its zip directory, its worksheets, and what reading a sheet needs. */
export class XlsxWorkbook {
  readonly limits: ReadLimits;
  /** Parts by lower-case name (part names are case-insensitive). */
  private readonly byName = new Map<string, ZipEntry>();
  private styles: StyleFormats | null = null;
  private sharedStrings: readonly string[] | null | undefined;

  constructor(
    readonly file: string,
    readonly buf: Buffer,
    readonly entries: readonly ZipEntry[],
    readonly workbookPart: string,
    readonly sheets: readonly SheetRef[],
    readonly date1904: boolean,
    readonly stylesPart: string | null,
    readonly sharedStringsPart: string | null,
    limits: ReadLimits,
  ) {
    this.limits = limits;
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.toLowerCase());
  }

  /** A whole part as text (undefined when absent); corrupt data → CliError. */
  text(part: string): string | undefined {
    const e = this.entry(part);
    if (!e) return undefined;
    return partText(this.guard(() => inflateEntry(this.buf, e)));
  }

  /** The package limits for reading these sheets (sizes, compression, cells estimated), before inflating them. */
  async checkLimits(sheets: readonly SheetRef[]): Promise<void> {
    const L = this.limits;
    const parts = new Set<string>([this.workbookPart, relsPartOf(this.workbookPart)]);
    if (this.stylesPart) parts.add(this.stylesPart);
    for (const s of sheets) parts.add(s.part);
    let total = 0;
    for (const p of parts) {
      const e = this.entry(p);
      if (!e) continue;
      total += e.size;
      const isSheet = sheets.some((s) => s.part === p);
      if (!isSheet && e.size > L.maxStructuralBytes)
        throw new CliError(limitMessages.partTooLarge(this.file, e.name, e.size, L.maxStructuralBytes));
      this.checkRatio(e);
    }
    const sst = this.sharedStringsPart ? this.entry(this.sharedStringsPart) : undefined;
    if (sst) {
      total += sst.size;
      if (sst.size > L.maxSharedStringsBytes)
        throw new CliError(limitMessages.partTooLarge(this.file, sst.name, sst.size, L.maxSharedStringsBytes));
    }
    if (total > L.maxTotalBytes) throw new CliError(limitMessages.tooManyBytes(this.file, total, L.maxTotalBytes));
    for (const s of sheets) {
      const e = this.entry(s.part)!;
      const dim = await this.peekDimension(e);
      if (!dim) continue;
      const slots = dim.r2 * dim.c2;
      const estimate = Math.min(slots, Math.ceil(e.size / 12));
      if (estimate > L.maxCells)
        throw new CliError(limitMessages.tooManyCells(this.file, s.name, estimate, L.maxCells));
    }
  }

  private checkRatio(e: ZipEntry): void {
    const L = this.limits;
    if (e.method === 0 || e.size <= L.ratioFloorBytes) return;
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (ratio > L.maxRatio) throw new CliError(limitMessages.zipBomb(this.file, e.name, ratio, L.maxRatio));
  }

  private peekDimension(e: ZipEntry): Promise<CellRange | null> {
    return this.guardAsync(() => sheetDimension(this.buf, e));
  }

  /** Reads one worksheet into the engine's input. Limits and corrupt data → CliError. */
  async readSheet(ref: SheetRef): Promise<SheetInput> {
    const entry = this.entry(ref.part);
    if (!entry) throw new CliError(readFailure("corrupt", this.file));
    if (this.styles === null) {
      const xml = this.stylesPart ? this.text(this.stylesPart) : undefined;
      this.styles = this.guard(() => parseStyleFormats(xml ?? null));
    }
    if (this.sharedStrings === undefined) this.sharedStrings = await this.readSharedStrings();
    const handler = new SheetHandler({
      name: ref.name,
      sharedStrings: this.sharedStrings,
      styles: this.styles,
      date1904: this.date1904,
      maxCells: this.limits.maxCells,
    });
    try {
      await this.stream(entry, handler);
    } catch (e) {
      if (e instanceof CellLimitError)
        throw new CliError(limitMessages.tooManyCells(this.file, ref.name, e.cells, this.limits.maxCells, true));
      throw e;
    }
    return handler.result();
  }

  private async readSharedStrings(): Promise<string[] | null> {
    const e = this.sharedStringsPart ? this.entry(this.sharedStringsPart) : undefined;
    if (!e) return null;
    const h = new SharedStringsHandler();
    await this.stream(e, h);
    return h.strings;
  }

  /** Streams a part through an XmlScanner; bad XML, bad data or a bad zip → corrupt. */
  private async stream(e: ZipEntry, handler: XmlHandler): Promise<void> {
    const scanner = new XmlScanner(handler);
    let decoder: TextDecoder | null = null; // faster than StringDecoder on CJK text; drops a byte-order mark
    await this.guardAsync(async () => {
      await streamEntry(this.buf, e, (chunk) => {
        decoder ??= new TextDecoder(chunk.length >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : "utf-8");
        scanner.feed(decoder.decode(chunk, { stream: true }));
      });
      if (decoder !== null) scanner.feed(decoder.decode());
      scanner.end();
    });
  }

  private guard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw this.mapError(e);
    }
  }

  private async guardAsync<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw this.mapError(e);
    }
  }

  private mapError(e: unknown): unknown {
    if (e instanceof CliError || e instanceof CellLimitError) return e;
    if (e instanceof ZipError && e.problem === "encrypted") return new CliError(readFailure("encrypted", this.file));
    if (e instanceof ZipError || e instanceof XmlError || e instanceof SheetDataError)
      return new CliError(readFailure("corrupt", this.file));
    return new CliError(readFailure("unreadable", this.file, describe(e)));
  }
}

/**
 * Reads a workbook file and opens its package. Throws `CliError` (exit 2) with a one-line zh+en message for
 * every way the file can be unreadable. Nothing large is inflated here: see `checkLimits` and `readSheet`.
 */
export async function loadWorkbook(file: string, opts: LoadOptions = {}): Promise<XlsxWorkbook> {
  const limits = readLimits(opts.maxCells);
  let buf: Buffer;
  try {
    const st = await fsp.stat(file);
    if (!st.isFile()) throw new CliError(readFailure("not-a-file", file));
    if (st.size === 0) throw new CliError(readFailure("empty", file));
    if (st.size > limits.maxTotalBytes)
      throw new CliError(limitMessages.tooManyBytes(file, st.size, limits.maxTotalBytes));
    buf = await fsp.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(readFailure("missing", file));
    throw new CliError(readFailure("unreadable", file, code ?? describe(e)));
  }
  return parseWorkbook(buf, file, opts);
}

function looksLikeXlsxName(file: string): boolean {
  return /\.xls[xm]$/i.test(path.basename(file));
}

/** Classifies the bytes, reads the zip directory, the workbook part and its relationships. */
export async function parseWorkbook(buf: Buffer, file: string, opts: LoadOptions = {}): Promise<XlsxWorkbook> {
  const limits = readLimits(opts.maxCells);
  const notWorkbook = () => new CliError(readFailure(looksLikeXlsxName(file) ? "corrupt" : "not-xlsx", file));
  if (buf.length === 0) throw new CliError(readFailure("empty", file));
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) throw new CliError(readFailure("encrypted", file));
  const isZip = buf.subarray(0, 4).equals(ZIP_MAGIC) || buf.subarray(0, 4).equals(ZIP_EMPTY_MAGIC);
  if (!isZip) throw notWorkbook();
  let entries: ZipEntry[];
  try {
    entries = readZip(buf);
  } catch (e) {
    if (e instanceof ZipError && e.problem === "encrypted") throw new CliError(readFailure("encrypted", file));
    throw notWorkbook();
  }
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const text = (part: string): string | undefined => {
    const e = byName.get(part.toLowerCase());
    if (!e) return undefined;
    if (e.size > limits.maxStructuralBytes)
      throw new CliError(limitMessages.partTooLarge(file, e.name, e.size, limits.maxStructuralBytes));
    if (e.method !== 0 && e.size > limits.ratioFloorBytes && e.size / Math.max(1, e.compressedSize) > limits.maxRatio) {
      throw new CliError(limitMessages.zipBomb(file, e.name, e.size / Math.max(1, e.compressedSize), limits.maxRatio));
    }
    try {
      return partText(inflateEntry(buf, e));
    } catch {
      throw new CliError(readFailure("corrupt", file));
    }
  };
  const parse = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(readFailure("corrupt", file));
    }
  };

  // the workbook part: from the package relationships, else where every producer puts it
  const pkgRels = text("_rels/.rels");
  let workbookPart = "xl/workbook.xml";
  if (pkgRels !== undefined) {
    const doc = parse(() => parseRels(pkgRels)).find((r) => relType(r.type, "officeDocument") && !r.external);
    if (doc) workbookPart = resolveTarget("", doc.target);
  }
  if (!byName.has(workbookPart.toLowerCase())) {
    if (byName.has("xl/workbook.xml")) workbookPart = "xl/workbook.xml";
    else throw notWorkbook();
  }
  const wbXml = text(workbookPart)!;
  const listed: { name: string; rid: string | undefined }[] = [];
  let date1904 = false;
  parse(() =>
    scanXml(wbXml, {
      open(name, s) {
        if (name === "sheet") {
          const sheetName = s.attr("name");
          if (sheetName !== undefined) listed.push({ name: sheetName, rid: s.attrLocal("id") });
        } else if (name === "workbookPr") {
          const v = s.attr("date1904");
          date1904 = v === "1" || v === "true";
        }
      },
      close() {},
    }),
  );
  const relsXml = text(relsPartOf(workbookPart));
  const rels = relsXml === undefined ? [] : parse(() => parseRels(relsXml));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  for (const s of listed) {
    const rel = s.rid === undefined ? undefined : byId.get(s.rid);
    if (!rel || rel.external) throw new CliError(readFailure("corrupt", file));
    if (!relType(rel.type, "worksheet")) continue; // chart sheets, dialog and macro sheets hold no table
    const part = resolveTarget(workbookPart, rel.target);
    if (!byName.has(part.toLowerCase())) throw new CliError(readFailure("corrupt", file));
    sheets.push({ name: s.name, part: byName.get(part.toLowerCase())!.name });
  }
  if (sheets.length === 0) throw new CliError(readFailure("no-sheets", file));
  const find = (kind: string, fallback: string): string | null => {
    const rel = rels.find((r) => relType(r.type, kind) && !r.external);
    const part = rel ? resolveTarget(workbookPart, rel.target) : fallback;
    return byName.get(part.toLowerCase())?.name ?? null;
  };
  return new XlsxWorkbook(
    file,
    buf,
    entries,
    workbookPart,
    sheets,
    date1904,
    find("styles", "xl/styles.xml"),
    find("sharedStrings", "xl/sharedStrings.xml"),
    limits,
  );
}

/** Finds a worksheet by name; `CliError` listing the real names when absent. */
export function pickSheets(wb: XlsxWorkbook, sheet: string | undefined, file: string): SheetRef[] {
  const all = wb.sheets;
  if (sheet === undefined) return [...all];
  const ws = all.find((w) => w.name === sheet) ?? all.find((w) => w.name.trim() === sheet.trim());
  if (!ws)
    throw new CliError(
      cliText("sheetNotFound", {
        sheet,
        file,
        sheets: list(
          all.map((w) => w.name),
          { zh: "无", en: "none" },
        ),
      }),
    );
  return [ws];
}

/** Every worksheet of a workbook file (or bytes) as engine input: for tests and scripts. */
export async function readSheets(source: string | Buffer, opts: LoadOptions = {}): Promise<SheetInput[]> {
  const wb =
    typeof source === "string" ? await loadWorkbook(source, opts) : await parseWorkbook(source, "workbook.xlsx", opts);
  await wb.checkLimits(wb.sheets);
  const out: SheetInput[] = [];
  for (const s of wb.sheets) out.push(await wb.readSheet(s));
  return out;
}
