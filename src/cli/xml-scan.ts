/**
 * A small streaming XML scanner for the parts of an .xlsx: fed string chunks, it reports start tags, end
 * tags and (only when asked) text, with the tag's position in its buffer so that a caller can also rewrite
 * the stream (annotate patches worksheets this way). It understands what SpreadsheetML uses — elements,
 * attributes in either quote, the five predefined entities and character references, CDATA, comments,
 * processing instructions — and refuses a DOCTYPE (no entity expansion at all: no XXE, no billion laughs).
 * Memory stays bounded whatever the input: one tag at most MAX_TAG characters, text kept only when wanted
 * and then at most `textLimit` characters.
 */

export class XmlError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "XmlError";
  }
}

/** Elements nested deeper than this are not SpreadsheetML. */
export const MAX_DEPTH = 10_000;

/** A start or end tag longer than this is not SpreadsheetML. */
export const MAX_TAG = 1 << 20;

export interface XmlHandler {
  /** A start tag (also for `<x/>`, with `s.selfClosing` true; no close() follows it then). */
  open(name: string, s: XmlScanner): void;
  /** An end tag. */
  close(name: string, s: XmlScanner): void;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Resolves `&lt;` `&#123;` `&#x1F;` …; an unknown entity is not well-formed XML. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&([^;&\s]{1,10});/g, (m, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlError(`bad character reference ${m}`);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[name];
    if (v === undefined) throw new XmlError(`unknown entity ${m}`);
    return v;
  });
}

/** A concatenation made one flat string once, so that reading its characters does not go through the pieces. */
function flat(s: string): string {
  void Number(s); // V8 flattens a cons string in place when it is converted
  return s;
}

const SPACE = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class XmlScanner {
  /** The current buffer; tag positions refer to it until the next chunk. */
  buf = "";
  /** Local name (prefix removed) and qualified name of the current tag. */
  name = "";
  qname = "";
  selfClosing = false;
  /** The current tag is buf.slice(tagStart, tagEnd). */
  tagStart = 0;
  tagEnd = 0;
  /** Set by the handler: collect the text between tags from now on. */
  wantText = false;
  /** Text collected while wantText, at most textLimit characters (more is dropped). */
  textLimit = 1 << 20;
  private text = "";
  private textLen = 0;
  private textTruncated = false;
  private pos = 0;
  private attrNames: string[] = [];
  private attrValues: string[] = [];
  private attrCount = 0;
  private stopped = false;
  /** Open elements (qualified names), to check that every end tag closes the element it should. */
  private readonly stack: string[] = [];
  private readonly localStack: string[] = [];
  /** Rewriting: output pieces are given to `out`; `copied` is how far buf has been passed on. */
  private out: ((s: string) => void) | null = null;
  private copied = 0;

  constructor(private readonly handler: XmlHandler) {}

  /** Rewrite mode: everything scanned is passed to `out`, with the replacements made by the handler. */
  rewriteTo(out: (s: string) => void): this {
    this.out = out;
    return this;
  }

  /** Stops scanning: the rest of the input is ignored (in rewrite mode, passed on unchanged). */
  stop(): void {
    this.stopped = true;
  }

  /** Rewrite mode: replace the current tag by `text`. */
  replaceTag(text: string): void {
    this.emitUpTo(this.tagStart);
    this.out!(text);
    this.copied = this.tagEnd;
  }

  /** Rewrite mode: put `text` before the current tag. */
  insertBefore(text: string): void {
    this.emitUpTo(this.tagStart);
    this.out!(text);
  }

  /** Rewrite mode: put `text` after the current tag. */
  insertAfter(text: string): void {
    this.emitUpTo(this.tagEnd);
    this.out!(text);
  }

  private emitUpTo(i: number): void {
    if (i > this.copied) {
      this.out!(this.buf.slice(this.copied, i));
      this.copied = i;
    }
  }

  /** An attribute of the current start tag (entities resolved), by qualified name; undefined when absent. */
  attr(qname: string): string | undefined {
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === qname) return decodeEntities(this.attrValues[i]);
    return undefined;
  }

  /** An attribute by local name (any prefix). */
  attrLocal(local: string): string | undefined {
    for (let i = 0; i < this.attrCount; i++) {
      const n = this.attrNames[i];
      if (n === local || (n.endsWith(local) && n.charCodeAt(n.length - local.length - 1) === 0x3a))
        return decodeEntities(this.attrValues[i]);
    }
    return undefined;
  }

  /** Every attribute of the current start tag, raw (entities not resolved), in order. */
  rawAttrs(): [string, string][] {
    const out: [string, string][] = [];
    for (let i = 0; i < this.attrCount; i++) out.push([this.attrNames[i], this.attrValues[i]]);
    return out;
  }

  /** The text collected since wantText was set (entities resolved), and resets it. */
  takeText(): string {
    const t = this.text;
    this.text = "";
    this.textLen = 0;
    this.textTruncated = false;
    return t;
  }

  private addText(raw: string, decode: boolean): void {
    if (raw === "" || this.textTruncated) return;
    let t = decode ? decodeEntities(raw) : raw;
    if (this.textLen + t.length > this.textLimit) {
      t = t.slice(0, this.textLimit - this.textLen);
      this.textTruncated = true;
    }
    this.text += t;
    this.textLen += t.length;
  }

  feed(chunk: string): void {
    if (this.stopped) {
      if (this.out) {
        this.emitUpTo(this.buf.length);
        this.out(chunk);
      }
      this.buf = "";
      this.pos = this.copied = 0;
      return;
    }
    if (this.out) this.emitUpTo(this.pos);
    this.buf = this.pos < this.buf.length ? flat(this.buf.slice(this.pos) + chunk) : chunk;
    this.pos = this.copied = 0;
    this.scan(false);
  }

  /** End of input: anything left unfinished is malformed. */
  end(): void {
    if (!this.stopped) this.scan(true);
    if (this.out) this.emitUpTo(this.buf.length);
    if (this.stopped) return;
    if (this.pos < this.buf.length && this.buf.slice(this.pos).trim() !== "")
      throw new XmlError("unexpected end of the document");
    if (this.stack.length > 0) throw new XmlError(`“${this.stack[this.stack.length - 1].slice(0, 40)}” is not closed`);
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    while (!this.stopped) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        if (this.wantText) {
          // keep a possibly cut entity ("&am") for the next chunk
          const amp = buf.lastIndexOf("&");
          const cut = amp >= pos && buf.indexOf(";", amp) < 0 && !final ? amp : len;
          this.addText(buf.slice(pos, cut), true);
          pos = cut;
        } else pos = len;
        break;
      }
      if (lt > pos && this.wantText) this.addText(buf.slice(pos, lt), true);
      pos = lt;
      if (lt + 1 >= len) break;
      const c1 = buf.charCodeAt(lt + 1);
      let end: number;
      if (c1 === 0x2f /* / */) {
        const gt = buf.indexOf(">", lt + 2);
        if (gt < 0) break;
        // the end tag must name the innermost open element (compared in place: no string made per tag)
        const top = this.stack.length - 1;
        const open = top >= 0 ? this.stack[top] : "";
        let k = lt + 2 + open.length;
        while (k < gt && SPACE(buf.charCodeAt(k))) k++;
        if (top < 0 || k !== gt || !buf.startsWith(open, lt + 2))
          throw new XmlError(`end tag “${buf.slice(lt + 2, Math.min(gt, lt + 42))}” does not match`);
        this.stack.pop();
        this.qname = open;
        this.name = this.localStack.pop()!;
        this.selfClosing = false;
        this.attrCount = 0;
        this.tagStart = lt;
        this.tagEnd = gt + 1;
        pos = gt + 1;
        this.pos = pos;
        this.handler.close(this.name, this);
        continue;
      }
      if (c1 === 0x3f /* ? */) {
        end = buf.indexOf("?>", lt + 2);
        if (end < 0) break;
        pos = end + 2;
        continue;
      }
      if (c1 === 0x21 /* ! */) {
        if (buf.startsWith("<!--", lt)) {
          end = buf.indexOf("-->", lt + 4);
          if (end < 0) break;
          pos = end + 3;
          continue;
        }
        if (buf.startsWith("<![CDATA[", lt)) {
          end = buf.indexOf("]]>", lt + 9);
          if (end < 0) break;
          if (this.wantText) this.addText(buf.slice(lt + 9, end), false);
          pos = end + 3;
          continue;
        }
        if (len - lt < 9 && !final) break;
        throw new XmlError("DOCTYPE or declaration not allowed");
      }
      const tagEnd = this.parseStartTag(buf, lt);
      if (tagEnd < 0) break;
      this.tagStart = lt;
      this.tagEnd = tagEnd;
      pos = tagEnd;
      this.pos = pos;
      if (!this.selfClosing) {
        if (this.stack.length >= MAX_DEPTH) throw new XmlError("elements nested too deep");
        this.stack.push(this.qname);
        this.localStack.push(this.name);
      }
      this.handler.open(this.name, this);
    }
    this.pos = pos;
    if (len - pos > MAX_TAG) throw new XmlError("a tag longer than the limit");
  }

  private setName(qname: string): void {
    if (qname === "") throw new XmlError("empty tag name");
    this.qname = qname;
    const colon = qname.indexOf(":");
    this.name = colon < 0 ? qname : qname.slice(colon + 1);
  }

  /** Parses `<name attr="v" …>` at lt; returns the index after `>`, or -1 when the tag is not complete yet. */
  private parseStartTag(buf: string, lt: number): number {
    const len = buf.length;
    let i = lt + 1;
    while (i < len) {
      const c = buf.charCodeAt(i);
      if (SPACE(c) || c === 0x3e || c === 0x2f) break;
      i++;
    }
    if (i >= len) return -1;
    this.setName(buf.slice(lt + 1, i));
    this.attrCount = 0;
    for (;;) {
      while (i < len && SPACE(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      const c = buf.charCodeAt(i);
      if (c === 0x3e) {
        this.selfClosing = false;
        return i + 1;
      }
      if (c === 0x2f) {
        if (i + 1 >= len) return -1;
        if (buf.charCodeAt(i + 1) !== 0x3e) throw new XmlError("bad empty-element tag");
        this.selfClosing = true;
        return i + 2;
      }
      // attribute name: up to "=" or white space
      let ne = i;
      while (ne < len) {
        const ch = buf.charCodeAt(ne);
        if (ch === 0x3d || SPACE(ch)) break;
        if (ch === 0x3c || ch === 0x3e || ch === 0x22 || ch === 0x27 || ch === 0x2f)
          throw new XmlError("bad attribute");
        ne++;
      }
      let eq = ne;
      while (eq < len && SPACE(buf.charCodeAt(eq))) eq++;
      if (eq >= len) return -1;
      if (buf.charCodeAt(eq) !== 0x3d || ne === i) throw new XmlError("bad attribute");
      const name = buf.slice(i, ne);
      let j = eq + 1;
      while (j < len && SPACE(buf.charCodeAt(j))) j++;
      if (j >= len) return -1;
      const q = buf.charCodeAt(j);
      if (q !== 0x22 && q !== 0x27) throw new XmlError("unquoted attribute value");
      const close = buf.indexOf(q === 0x22 ? '"' : "'", j + 1);
      if (close < 0) return -1;
      const value = buf.slice(j + 1, close);
      if (value.indexOf("<") >= 0) throw new XmlError("“<” in an attribute value");
      this.attrNames[this.attrCount] = name;
      this.attrValues[this.attrCount] = value;
      this.attrCount++;
      if (this.attrCount > 1000) throw new XmlError("too many attributes");
      i = close + 1;
      const after = i < len ? buf.charCodeAt(i) : -1;
      if (after !== -1 && !SPACE(after) && after !== 0x3e && after !== 0x2f)
        throw new XmlError("attributes must be separated");
    }
  }
}

/** Scans a whole string (a small part). */
export function scanXml(text: string, handler: XmlHandler): void {
  const s = new XmlScanner(handler);
  s.feed(text);
  s.end();
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}
