import { makeStyles, tokens } from "@fluentui/react-components";
import { enUS, zhCN } from "../../../domain/i18n";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  body: { fontSize: tokens.fontSizeBase300, margin: 0 },
});

/** Shown when the page is opened outside Office (no host, no Excel): Chinese first, then English. */
export function OutsideOffice() {
  const styles = useStyles();
  return (
    <main className={styles.root} role="alert" data-testid="outside-office">
      <h1 className={styles.title} lang="zh-CN">
        {zhCN.outsideOfficeTitle}
      </h1>
      <p className={styles.body} lang="zh-CN">
        {zhCN.outsideOfficeBody}
      </p>
      <h2 className={styles.title} lang="en">
        {enUS.outsideOfficeTitle}
      </h2>
      <p className={styles.body} lang="en">
        {enUS.outsideOfficeBody}
      </p>
    </main>
  );
}
