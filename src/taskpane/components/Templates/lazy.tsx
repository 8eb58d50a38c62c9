/**
 * The templates view as a lazily loaded chunk (the pane's first load must stay within its budget).
 * tsc's nodenext mode wants ".js" on relative dynamic imports, which webpack (no extensionAlias) would
 * not resolve; the bare path is what webpack needs.
 */
import { lazy, Suspense } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../../context/PaneContext";

const useStyles = makeStyles({ loading: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground2 } });

type ViewModule = typeof import("./TemplatesView.js");

// @ts-expect-error TS2835 (see above)
const load = (): Promise<ViewModule> => import(/* webpackChunkName: "templates" */ "./TemplatesView");

const View = lazy(() => load());

export function LazyTemplatesView() {
  const { strings: s } = usePane();
  const styles = useStyles();
  return (
    <Suspense fallback={<p role="status" className={styles.loading} data-testid="templates-loading">{s.templatesLoading}</p>}>
      <View />
    </Suspense>
  );
}
