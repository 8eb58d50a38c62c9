/**
 * The command honours 忽略此条: findings the pane ignored are kept in the workbook (Excel: the add-in's settings in
 * xl/webextensions/webextension1.xml; WPS 表格: custom document properties in docProps/custom.xml) and `lint` leaves
 * them out, saying how many; `--no-ignores` shows them all. The workbooks are written here: exceljs for the sheet,
 * then the settings part added to the zip the way each program stores it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { lintSheet } from "../../src/domain";
import { findingKeys, type IgnoreStore } from "../../src/domain/ignores";
import { ignoresFromWorkbook } from "../../src/cli/ignores";
import { loadWorkbook, parseWorkbook } from "../../src/cli/read-xlsx";
import { deflatePart, inflateEntry, readZip, writeZip, type ZipPart } from "../../src/cli/zip";
import { lines, runCli } from "./helpers";

/** The file's parts with one added (or replaced): the package rewritten with the command's own zip writer. */
function withPartBytes(buf: Buffer, name: string, data: Buffer): Buffer {
  const parts: ZipPart[] = readZip(buf)
    .filter((e) => e.name !== name)
    .map((e) => deflatePart(e.name, inflateEntry(buf, e)));
  parts.push(deflatePart(name, data));
  return Buffer.concat(writeZip(parts));
}

const xmlAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function webExtension(value: unknown): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:reference id="jixiao" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="jixiao-ignores" value="${xmlAttr(JSON.stringify(value))}"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
}

function customProps(value: unknown): Buffer {
  const text = JSON.stringify(value);
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 200) parts.push(text.slice(i, i + 200));
  let pid = 2;
  const prop = (name: string, v: string) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid++}" name="${xmlAttr(name)}"><vt:lpwstr>${xmlText(v)}</vt:lpwstr></property>`;
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${parts.map((p, i) => prop(`jixiao-ignores#${i}`, p)).join("")}${prop("jixiao-ignores#n", String(parts.length))}</Properties>`,
  );
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-ignores-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A project form with two vague targets; returns the file and the store that ignores the first of them. */
async function workbook(): Promise<{ file: string; store: IgnoreStore; ignoredAddress: string; otherAddress: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目表");
  const rows: (string | number | null)[][] = [
    ["项目名称", "网格员业务培训"],
    ["项目类型", "其他特定目标类"],
    ["项目等级", "二级项目"],
    ["主管部门", "东莞市某镇人民政府"],
    ["实施周期", "起始年度", 2025, "到期年度", 2025],
    ["2025年预算金额", 100000],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
    [null, "产出指标", "数量指标", "举办业务培训场次", "≥4场", "≥4场"],
    [null, "效益指标", "社会效益指标", "群众安全感", "明显", "明显"],
    [null, null, null, "群众获得感", "有效提高", "有效提高"],
    [null, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"],
  ];
  rows.forEach((r) => ws.addRow(r));
  const plain = path.join(dir, `plain-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(plain);
  const book = await loadWorkbook(plain);
  const input = await book.readSheet(book.sheets[0]);
  const result = lintSheet(input);
  const keys = findingKeys(result, input);
  const vague = result.findings.map((f, i) => ({ f, key: keys[i] })).filter((x) => x.f.ruleId === "value/vague-target");
  expect(vague).toHaveLength(2);
  const store: IgnoreStore = {
    version: 1,
    items: [
      {
        key: vague[0].key,
        sheet: "项目表",
        ruleId: "value/vague-target",
        address: vague[0].f.address,
        reason: "已与财政分局确认“明显”可用",
        at: "2025-03-01",
      },
    ],
  };
  return { file: plain, store, ignoredAddress: vague[0].f.address, otherAddress: vague[1].f.address };
}

function withPart(file: string, name: string, data: Buffer): string {
  const out = file.replace(/\.xlsx$/, `-${name.includes("custom") ? "wps" : "excel"}.xlsx`);
  fs.writeFileSync(out, withPartBytes(fs.readFileSync(file), name, data));
  return out;
}

const ignoresOf = async (file: string) => ignoresFromWorkbook(await parseWorkbook(fs.readFileSync(file), file));

test.each([
  ["Excel (web-extension settings)", "xl/webextensions/webextension1.xml", webExtension],
  ["WPS 表格 (custom document properties)", "docProps/custom.xml", customProps],
] as const)("%s: lint leaves the ignored finding out and says so; --no-ignores shows it", async (_host, part, make) => {
  const { file, store, ignoredAddress, otherAddress } = await workbook();
  const marked = withPart(file, part, make(store));
  expect(await ignoresOf(marked)).toEqual(store);

  const plainJson = JSON.parse((await runCli(["lint", file, "--format", "json"])).stdout);
  const json = JSON.parse((await runCli(["lint", marked, "--format", "json"])).stdout);
  const addresses = (j: { sheets: { findings: { address: string; ruleId: string }[] }[] }) =>
    j.sheets[0].findings.filter((f) => f.ruleId === "value/vague-target").map((f) => f.address);
  expect(addresses(plainJson)).toEqual([ignoredAddress, otherAddress]);
  expect(addresses(json)).toEqual([otherAddress]);
  expect(json.sheets[0].ignored).toBe(1);
  expect(json.summary.warnings).toBe(plainJson.summary.warnings - 1);

  const text = await runCli(["lint", marked]);
  expect(text.stdout).not.toContain(`项目表!${ignoredAddress} `);
  expect(lines(text.stdout).some((l) => l.includes("另有 1 条已在工作簿中忽略"))).toBe(true);
  const all = await runCli(["lint", marked, "--no-ignores", "--format", "json"]);
  expect(addresses(JSON.parse(all.stdout))).toEqual([ignoredAddress, otherAddress]);
});

test("a workbook without ignores, or with damaged ones, is checked in full", async () => {
  const { file } = await workbook();
  expect((await ignoresOf(file)).items).toEqual([]);
  const broken = withPart(
    file,
    "xl/webextensions/webextension1.xml",
    Buffer.from('<we:property name="jixiao-ignores" value="{not json"/>'),
  );
  expect((await ignoresOf(broken)).items).toEqual([]);
  const r = await runCli(["lint", broken, "--format", "json"]);
  expect(
    JSON.parse(r.stdout).sheets[0].findings.filter((f: { ruleId: string }) => f.ruleId === "value/vague-target"),
  ).toHaveLength(2);
});
