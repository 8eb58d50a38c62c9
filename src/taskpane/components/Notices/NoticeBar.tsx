import { Button } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { format, pick, type UiStrings } from "../../../domain/i18n";
import type { Locale } from "../../../domain/model/types";
import type { Notice } from "../../state/paneReducer";
import { Bar } from "./Bar";

export interface NoticeBarProps {
  notice: Pick<Notice, "intent" | "title" | "data" | "body">;
  strings: UiStrings;
  locale: Locale;
  onDismiss(): void;
  className?: string;
  "data-testid"?: string;
}

/** One dismissible message (zh or en by the pane's language; gateway errors carry both). */
export function NoticeBar(props: NoticeBarProps) {
  const { notice: n, strings: s } = props;
  const body = n.body
    ? "text" in n.body
      ? pick(n.body.text, props.locale)
      : format(s[n.body.key], n.body.data)
    : null;
  return (
    <Bar
      intent={n.intent}
      title={format(s[n.title], n.data)}
      className={props.className}
      data-testid={props["data-testid"]}
      actions={
        <Button
          appearance="transparent"
          size="small"
          aria-label={s.dismiss}
          icon={<DismissRegular />}
          onClick={props.onDismiss}
        />
      }
    >
      {body}
    </Bar>
  );
}
