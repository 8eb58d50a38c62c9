/**
 * The 模板 view: 插入模板, 添加标准指标 and 我的模板. Loaded on demand (lazy.ts): the template library
 * and its layout code are a chunk of their own, fetched when the user opens this view.
 */
import { useMemo } from "react";
import { TEMPLATES } from "../../../domain/templates";
import { useGateway } from "../../context/GatewayContext";
import { AddIndicators } from "./AddIndicators";
import { InsertForm } from "./InsertForm";
import { useTemplatesStyles } from "./Templates.styles";
import { UserTemplates } from "./UserTemplates";
import type { Library } from "./templatesLogic";
import { useUserTemplates } from "./useUserTemplates";

export function TemplatesView() {
  const styles = useTemplatesStyles();
  const gateway = useGateway();
  const mine = useUserTemplates(gateway);
  const lib = useMemo<Library>(() => ({ builtIn: TEMPLATES, user: mine.list }), [mine.list]);
  return (
    <div className={styles.root} data-testid="templates-view">
      <InsertForm lib={lib} />
      <AddIndicators lib={lib} />
      <UserTemplates mine={mine} />
    </div>
  );
}

export default TemplatesView;
