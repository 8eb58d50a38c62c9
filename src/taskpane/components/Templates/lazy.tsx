/**
 * The templates view as a lazily loaded chunk (the pane's first load must stay within its budget).
 */
import { lazy, Suspense } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../../context/PaneContext";

const useStyles = makeStyles({
  loading: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
});

type ViewModule = typeof import("./TemplatesView");

const load = (): Promise<ViewModule> => import(/* webpackChunkName: "templates" */ "./TemplatesView");

const View = lazy(() => load());

export function LazyTemplatesView() {
  const { strings: s } = usePane();
  const styles = useStyles();
  return (
    <Suspense
      fallback={
        <p role="status" className={styles.loading} data-testid="templates-loading">
          {s.templatesLoading}
        </p>
      }
    >
      <View />
    </Suspense>
  );
}
