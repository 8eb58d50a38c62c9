/**
 * 我的模板: save a block of the sheet as a template of one's own (kept in the workbook settings,
 * zod-validated), delete, and export/import as JSON (a textarea to copy or paste, a file to download
 * or upload).
 */
import { useId, useState } from "react";
import { Button } from "@fluentui/react-components";
import { format } from "../../../domain/i18n";
import { exportTemplates, importTemplates, templateFromBlock, type Template } from "../../../domain/templates";
import { useGateway } from "../../context/GatewayContext";
import { usePane } from "../../context/PaneContext";
import { errorText } from "../../state/errors";
import { TextInput } from "../TextInput/TextInput";
import { useTemplatesStyles } from "./Templates.styles";
import { mergeTemplates, pick } from "./templatesLogic";
import type { UserTemplatesState } from "./useUserTemplates";

export interface UserTemplatesProps {
  mine: UserTemplatesState;
}

export function UserTemplates(props: UserTemplatesProps) {
  const styles = useTemplatesStyles();
  const gateway = useGateway();
  const { state, dispatch, strings: s } = usePane();
  const locale = state.locale;
  const id = useId();
  const { list, problem, save } = props.mine;
  const blocks = (state.result?.blocks ?? []).filter((b) => b.kind !== "project-list");
  const [blockIndex, setBlockIndex] = useState(0);
  const [name, setName] = useState("");
  const [exported, setExported] = useState<string | null>(null);
  const [pasted, setPasted] = useState("");
  const [error, setError] = useState<string | null>(null);

  const fail = (e: unknown) => {
    const text = errorText(e);
    setError(text ? pick(text, locale) : s.errorUnknown);
  };

  const persist = async (next: Template[]): Promise<boolean> => {
    try {
      await save(next);
      setExported(null);
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const saveBlock = async () => {
    setError(null);
    const block = blocks[Math.min(blockIndex, blocks.length - 1)];
    if (!block) return;
    try {
      const sheet = await gateway.readActiveSheet();
      const n = name.trim();
      const r = templateFromBlock(sheet, block.range, n ? { name: { zh: n, en: n } } : {});
      if (!r.ok) {
        setError(pick(r.error, locale));
        dispatch({ type: "notify", intent: "warning", title: "tplNotSaved", body: { text: r.error } });
        return;
      }
      if (await persist(mergeTemplates(list, [r.template]).templates)) {
        setName("");
        dispatch({
          type: "notify",
          transient: true,
          intent: "success",
          title: "tplSaved",
          data: { name: pick(r.template.name, locale) },
        });
      }
    } catch (e) {
      fail(e);
    }
  };

  const importText = async (text: string) => {
    setError(null);
    const r = importTemplates(text);
    if (!r.ok) {
      setError(pick(r.error, locale));
      dispatch({ type: "notify", intent: "warning", title: "tplNotImported", body: { text: r.error } });
      return;
    }
    if (await persist(mergeTemplates(list, r.templates).templates)) {
      setPasted("");
      dispatch({
        type: "notify",
        transient: true,
        intent: "success",
        title: "tplImported",
        data: { count: r.templates.length },
      });
    }
  };

  const download = (json: string) => {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "jixiao-templates.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`} data-testid="tpl-mine">
      <h2 id={`${id}-title`} className={styles.title}>
        {s.tplMineTitle}
      </h2>
      {problem ? <p className={styles.error}>{s.tplMineInvalid}</p> : null}
      {list.length === 0 ? (
        <p className={styles.note}>{s.tplMineEmpty}</p>
      ) : (
        <ul className={styles.mine} data-testid="tpl-mine-list">
          {list.map((t) => (
            <li key={t.id} className={styles.mineItem}>
              <span>{pick(t.name, locale)}</span>
              <Button
                size="small"
                appearance="subtle"
                aria-label={format(s.tplDeleteAria, { name: pick(t.name, locale) })}
                onClick={() =>
                  void persist(list.filter((x) => x.id !== t.id)).then(
                    (ok) =>
                      ok &&
                      dispatch({
                        type: "notify",
                        transient: true,
                        intent: "success",
                        title: "tplDeleted",
                        data: { name: pick(t.name, locale) },
                      }),
                  )
                }
              >
                {s.tplDelete}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {blocks.length === 0 ? (
        <p className={styles.muted}>{s.tplNoBlocks}</p>
      ) : (
        <div className={styles.grid}>
          <label className={styles.field}>
            {s.tplSaveBlock}
            <select
              className={styles.select}
              value={Math.min(blockIndex, blocks.length - 1)}
              onChange={(e) => setBlockIndex(Number(e.target.value))}
              data-testid="tpl-save-block"
            >
              {blocks.map((b, i) => (
                <option key={b.id} value={i}>
                  {b.title ? `${b.title} · ${b.address}` : b.address}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            {s.tplSaveName}
            <TextInput value={name} onChange={(e) => setName(e.target.value)} data-testid="tpl-save-name" />
          </label>
          <div className={styles.actions}>
            <Button onClick={() => void saveBlock()} data-testid="tpl-save">
              {s.tplSaveButton}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.actions}>
        <Button
          disabled={list.length === 0}
          onClick={() => setExported(exported === null ? exportTemplates(list) : null)}
          data-testid="tpl-export"
        >
          {s.tplExport}
        </Button>
        <label className={styles.cellLink}>
          {s.tplImportFile}
          <input
            type="file"
            accept=".json,application/json"
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (f) void f.text().then(importText, fail);
            }}
            data-testid="tpl-import-file"
          />
        </label>
      </div>
      {exported !== null ? (
        <label className={styles.field}>
          {s.tplExportLabel}
          <textarea
            className={styles.textarea}
            readOnly
            value={exported}
            onFocus={(e) => e.target.select()}
            data-testid="tpl-export-text"
          />
          <span className={styles.actions}>
            <Button size="small" onClick={() => download(exported)}>
              {s.tplDownload}
            </Button>
          </span>
        </label>
      ) : null}
      <label className={styles.field}>
        {s.tplImportLabel}
        <textarea
          className={styles.textarea}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          data-testid="tpl-import-text"
        />
      </label>
      <div className={styles.actions}>
        <Button disabled={pasted.trim() === ""} onClick={() => void importText(pasted)} data-testid="tpl-import">
          {s.tplImport}
        </Button>
      </div>
      {error ? (
        <p className={styles.error} role="alert" data-testid="tpl-mine-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
