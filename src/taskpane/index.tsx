// PLACEHOLDER from the infrastructure helper so webpack has an entry; the task-pane helper replaces this file.
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";

const el = document.getElementById("container");
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label="正在加载… / Loading…" />
    </FluentProvider>,
  );
}
