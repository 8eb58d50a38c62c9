/**
 * Hand-made packages for reader and patcher tests: a workbook from raw XML parts, so that a test can say
 * exactly what the file holds (rows without `r`, no shared strings, inline strings, escapes, DOCTYPEs …).
 */
import { columnName } from "../../src/domain/model/a1";
import { deflatePart, inflateEntry, readZip, writeZip, type ZipPart } from "../../src/cli/zip";

export const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A zip of these parts (deflated), in this order. */
export function zipParts(parts: Record<string, string | Buffer>): Buffer {
  const list: ZipPart[] = Object.entries(parts).map(([name, content]) =>
    deflatePart(name, typeof content === "string" ? Buffer.from(content, "utf8") : content),
  );
  return Buffer.concat(writeZip(list));
}

/** Every part of a zip, inflated. */
export function unzipParts(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readZip(buf)) out.set(e.name, inflateEntry(buf, e));
  return out;
}

export interface SheetSpec {
  name: string;
  /** The worksheet part's XML, or just its `<sheetData>` content. */
  xml: string;
}

/** `<worksheet>` around sheetData content (and whatever follows it). */
export function worksheet(sheetData: string, after = "", before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** A workbook package from sheets (+ optional shared strings, styles, extra parts, workbook properties). */
export function workbookParts(
  sheets: SheetSpec[],
  opts: {
    sst?: string[] | string | null;
    styles?: string | null;
    extra?: Record<string, string | Buffer>;
    workbookPr?: string;
  } = {},
): Record<string, string | Buffer> {
  const parts: Record<string, string | Buffer> = {};
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}` +
    (opts.styles !== null
      ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      : "") +
    (opts.sst != null
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : "") +
    "</Types>";
  parts["_rels/.rels"] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}>${opts.workbookPr ?? ""}<sheets>` +
    sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    "</sheets></workbook>";
  let rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  if (opts.styles !== null)
    rels +=
      '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>';
  if (opts.sst != null)
    rels +=
      '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>';
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  sheets.forEach(
    (s, i) =>
      (parts[`xl/worksheets/sheet${i + 1}.xml`] =
        s.xml.startsWith("<?xml") || s.xml.startsWith("<worksheet") ? s.xml : worksheet(s.xml)),
  );
  if (opts.styles !== null) parts["xl/styles.xml"] = opts.styles ?? STYLES;
  if (opts.sst != null) {
    parts["xl/sharedStrings.xml"] =
      typeof opts.sst === "string"
        ? opts.sst
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${opts.sst.length}" uniqueCount="${opts.sst.length}">${opts.sst.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join("")}</sst>`;
  }
  Object.assign(parts, opts.extra ?? {});
  return parts;
}

/** styles.xml: xf 0 General, 1 0%, 2 0.00%, 3 a date (14), 4 custom "0.0%", 5 custom date "yyyy年m月d日", 6 "#,##0.00". */
export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

/** The workbook as one Buffer. */
export function workbook(sheets: SheetSpec[], opts: Parameters<typeof workbookParts>[1] = {}): Buffer {
  return zipParts(workbookParts(sheets, opts));
}

/**
 * `<sheetData>` content for rows of values (strings inline, numbers as numbers), from A1. `noRefs`: rows and cells
 * without `r` (valid OOXML: each follows the one before; an empty cell is then an empty `<c/>`).
 */
export function rowsXml(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  noRefs = false,
): string {
  const esc = (s: string) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
      .replace(
        // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this escapes
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
      );
  const col = columnName;
  return rows
    .map((line, i) => {
      const cells = line
        .map((v, j) => {
          if (v === null || v === undefined || v === "") return noRefs ? "<c/>" : "";
          const r = noRefs ? "" : `${col(j + 1)}${i + 1}`;
          const at = r ? ` r="${r}"` : "";
          if (typeof v === "number") return `<c${at}><v>${v}</v></c>`;
          if (typeof v === "boolean") return `<c${at} t="b"><v>${v ? 1 : 0}</v></c>`;
          return `<c${at} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
        })
        .join("");
      return noRefs ? `<row>${cells}</row>` : `<row r="${i + 1}">${cells}</row>`;
    })
    .join("");
}
