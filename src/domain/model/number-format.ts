/**
 * A number as the clerk sees it: Excel stores 95% typed into a cell as 0.95 with the number format `0%`, and
 * `80"人"` shows 80 as 80人. The engine reads the shown text, never the bare 0.95 (docs/domain.md, "Percent cells").
 * Covers the formats real 绩效目标表 use: percent (any decimals), fixed decimals and thousands separators, quoted or
 * escaped literal text around the number (units), and dates. Anything else reads as the number itself.
 */

/** The first section of a format (positive numbers), with quoted text, escapes and colours told apart. */
interface Section {
  /** The format's literal text before and after the number part. */
  prefix: string;
  suffix: string;
  /** The digit placeholders and separators of the number part, e.g. "#,##0.00". */
  body: string;
  percent: boolean;
  date: boolean;
}

const cache = new Map<string, Section | null>();

function parseSection(fmt: string): Section | null {
  const hit = cache.get(fmt);
  if (hit !== undefined) return hit;
  const out = scan(fmt);
  if (cache.size > 1000) cache.clear();
  cache.set(fmt, out);
  return out;
}

function scan(fmt: string): Section | null {
  let prefix = "",
    suffix = "",
    body = "";
  let percent = false,
    date = false,
    seenNumber = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === ";") break; // only the first section
    const lit = (s: string) => {
      if (seenNumber) suffix += s;
      else prefix += s;
    };
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      lit(fmt.slice(i + 1, end < 0 ? fmt.length : end));
      i = end < 0 ? fmt.length : end;
    } else if (ch === "\\") {
      lit(fmt[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const end = fmt.indexOf("]", i + 1);
      const inner = fmt.slice(i + 1, end < 0 ? fmt.length : end);
      // [$元-804] shows 元; colours and conditions show nothing
      if (inner.startsWith("$")) lit(inner.slice(1).replace(/-[0-9A-Fa-f]+$/, ""));
      i = end < 0 ? fmt.length : end;
    } else if (ch === "_" || ch === "*") {
      i++; // padding: a space the width of the next character, or a repeated fill
    } else if (ch === "%") {
      percent = true;
      lit("%");
    } else if (/[0#?.,]/.test(ch)) {
      if (!seenNumber || suffix === "" || /[0#?]/.test(ch)) {
        seenNumber = true;
        body += ch;
      } else lit(ch);
    } else if (/[yYdD]/.test(ch) || ((ch === "m" || ch === "M") && !seenNumber)) {
      date = true;
    } else if (/[hHsS]/.test(ch)) {
      date = true;
    } else if (ch === "@") {
      lit("");
    } else lit(ch);
  }
  if (!seenNumber && !date) return prefix === "" && suffix === "" ? null : { prefix, suffix, body: "", percent, date };
  return { prefix, suffix, body, percent, date };
}

function isGeneral(fmt: string): boolean {
  return fmt === "" || fmt === "General" || fmt === "general" || fmt === "G/通用格式" || fmt === "@";
}

/** Excel's serial day number → YYYY-MM-DD (the 1900 date system; serials below 61 are before 1900-03-01). */
export function serialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  const y = d.getUTCFullYear(),
    m = d.getUTCMonth() + 1,
    day = d.getUTCDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}

function fixed(n: number, decimals: number): string {
  // toFixed rounds binary fractions the way Excel shows them often enough (0.95 * 100 = 94.99999999999999)
  const r = Math.round(n * 10 ** decimals) / 10 ** decimals;
  return decimals > 0 ? r.toFixed(decimals) : String(Math.round(r));
}

/**
 * The text Excel shows for a number under a format code. Null when the format changes nothing that matters
 * (General, text, or a format this reader does not model): then the number reads as itself.
 */
export function formatNumber(n: number, fmt: string | null | undefined): string | null {
  if (typeof fmt !== "string" || isGeneral(fmt) || !Number.isFinite(n)) return null;
  const s = parseSection(fmt);
  if (!s) return null;
  if (s.date) return serialToDate(n);
  let v = s.percent ? n * 100 : n;
  let text: string;
  if (s.body === "") text = "";
  else {
    const dot = s.body.indexOf(".");
    const decimals = dot < 0 ? 0 : (s.body.slice(dot + 1).match(/[0#?]/g) ?? []).length;
    const zeros = dot < 0 ? 0 : (s.body.slice(dot + 1).match(/0/g) ?? []).length;
    // a trailing comma scales by 1,000 (#,##0, shows 1234567 as 1,235)
    const scale = /,+$/.exec(s.body.replace(/\.[0#?]*$/, ""));
    if (scale) v /= 1000 ** scale[0].length;
    text = decimals > 0 ? fixed(v, decimals) : fixed(v, 0);
    if (decimals > zeros && text.includes(".")) {
      // # decimals are optional: drop their trailing zeros, keep the 0 ones
      const [i, f] = text.split(".");
      let frac = f;
      while (frac.length > zeros && frac.endsWith("0")) frac = frac.slice(0, -1);
      text = frac === "" ? i : `${i}.${frac}`;
    }
    if (/#,#|0,0|#,0/.test(s.body)) {
      const [i, f] = text.split(".");
      const neg = i.startsWith("-");
      const digits = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      text = (neg ? "-" : "") + digits + (f !== undefined ? `.${f}` : "");
    }
  }
  return `${s.prefix}${text}${s.suffix}`.trim();
}
