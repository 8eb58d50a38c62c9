import { createFocusOutlineStyle, tokens } from "@fluentui/react-components";

/** A <button> that looks like the text it holds (the main part of a finding, a kind's line), with Fluent's focus ring. */
export const plainButton = {
  border: "none",
  background: "none",
  color: tokens.colorNeutralForeground1,
  font: "inherit",
  textAlign: "start",
  cursor: "pointer",
  ...createFocusOutlineStyle(),
} as const;
