/**
 * Reads a Grid into the document model: finds every block on the sheet by its labels, its header rows and what its
 * cells hold (never by fixed positions), and hands each to the reader of its layout kind:
 *   project-form.ts     项目绩效目标表 label rows (name, fields, budget and its 其中 parts, free texts)
 *   department-form.ts  部门整体支出绩效目标表 (budget identities, tasks and their money)
 *   indicator-table.ts  indicator tables (with columns.ts: the roles of their columns), incl. flat lists and
 *                       multi-project lists (one table per project)
 *   project-list.ts     项目支出绩效目标表 lists with coded indicator text (coded.ts)
 * It records what it saw; the rules decide what is wrong.
 */
import type { Grid } from "../grid";
import type { DepartmentModel, DocModel, ProjectModel } from "../model";
import { readDeptRow, startDepartment, type DeptScratch } from "./department-form";
import { detectTable, readTable } from "./indicator-table";
import { isPageHeaderRow, isTitleRow, unitFactorFrom } from "./labels";
import { ReadContext, type ReadOptions } from "./options";
import { finishProject, readProjectRow, startProject, type ProjectScratch } from "./project-form";
import { listHeader, readList } from "./project-list";
import { DEPT, LIST, PROJECT, deptLabelCol, signals } from "./signals";

export type { ReadOptions } from "./options";

export function readDocument(g: Grid, opt: ReadOptions): DocModel {
  const doc: DocModel = {
    sheet: g.name,
    bounds: g.isEmpty ? null : { r1: g.firstRow, c1: g.firstCol, r2: g.lastRow, c2: g.lastCol },
    projects: [],
    departments: [],
    lists: [],
    tables: [],
    unrecognised: false,
    rowCount: 0,
  };
  if (g.isEmpty) return doc;
  const cx = new ReadContext(opt);
  let project: { project: ProjectModel; scratch: ProjectScratch } | null = null;
  let dept: { department: DepartmentModel; scratch: DeptScratch } | null = null;
  /** A 单位：万元 line printed above a form (between its title and its first label). */
  let pendingFactor: number | null = null;
  let lastContent = g.firstRow;
  const close = (lastRow: number) => {
    if (project) {
      project.project.range.r2 = Math.max(project.project.range.r1, lastRow);
      finishProject(project.project, project.scratch);
    }
    if (dept) dept.department.range.r2 = Math.max(dept.department.range.r1, lastRow);
    project = null;
    dept = null;
  };
  const endsList = (r: number) => {
    const sig = signals(g, r, true);
    return (
      detectTable(g, r, sig, cx) !== null ||
      ((sig & LIST) !== 0 && listHeader(g, r) !== null) ||
      isTitleRow(g, r) ||
      (sig & PROJECT) !== 0 ||
      ((sig & DEPT) !== 0 && deptLabelCol(g, r) !== null)
    );
  };

  for (let r = g.firstRow; r <= g.lastRow; r++) {
    if (g.isBlankRow(r)) continue;
    const sig = signals(g, r, true);
    const start = detectTable(g, r, sig, cx);
    if (start) {
      const owner = project?.project ?? dept?.department ?? null;
      const read = readTable(g, start, cx, owner ? owner.id : null);
      if (read.projects.length > 0) {
        // a multi-project list: its projects are blocks of their own
        close(lastContent);
        doc.projects.push(...read.projects);
      } else {
        for (const t of read.tables) {
          if (project) {
            t.project = project.project;
            project.project.tables.push(t);
          } else if (dept) {
            t.department = dept.department;
            dept.department.tables.push(t);
          }
        }
      }
      doc.tables.push(...read.tables);
      lastContent = Math.max(lastContent, read.end);
      r = Math.max(r, read.end); // always forward: a table that ends at once (no rows) leaves its first row read
      continue; // a form ends with its table (an optional 批复意见 row follows and is skipped as text)
    }
    const lh = sig & LIST ? listHeader(g, r) : null;
    if (lh) {
      close(lastContent);
      const list = readList(g, r, lh, cx, endsList);
      doc.lists.push(list);
      for (const row of list.rows) if (row.table) doc.tables.push(row.table);
      lastContent = list.range.r2;
      r = list.range.r2;
      continue;
    }
    // a form's fields: 部门名称 inside a project form that has no table yet names the project's department
    const inProjectHeader = project !== null && project.project.tables.length === 0;
    if (sig & PROJECT) {
      close(lastContent);
      project = startProject(g, r, cx, pendingFactor);
      pendingFactor = null;
      doc.projects.push(project.project);
    } else {
      const dc = sig & DEPT && !inProjectHeader ? deptLabelCol(g, r) : null;
      if (dc !== null) {
        close(lastContent);
        dept = startDepartment(g, r, dc, cx.nextId("d"));
        doc.departments.push(dept.department);
      } else if (isTitleRow(g, r)) {
        close(lastContent);
        pendingFactor = null;
      } else if (!project && !dept && !isPageHeaderRow(g, r)) {
        for (let k = g.rowStart(r), e = g.rowEnd(r); k < e; k++) {
          const key = g.keyAt(k);
          if (key.includes("单位") && key.length <= 12) pendingFactor = unitFactorFrom(key) ?? pendingFactor;
        }
      }
    }
    if (project) readProjectRow(g, r, project.project, project.scratch);
    if (dept) readDeptRow(g, r, dept.department, dept.scratch);
    lastContent = r;
  }
  close(lastContent);
  doc.unrecognised =
    doc.tables.length === 0 && doc.projects.length === 0 && doc.departments.length === 0 && doc.lists.length === 0;
  doc.rowCount = cx.rowCount;
  return doc;
}
