/**
 * Task-pane entry. The only Office global used here is Office.onReady; everything else (theme,
 * language, workbook) goes through the Gateway. Outside Office a zh + en message is shown.
 */
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Capabilities } from "../excel/gateway";
import { createOfficeGateway } from "../excel/office-gateway";
import { OutsideOffice } from "./components/OutsideOffice/OutsideOffice";
import { Root } from "./components/Root/Root";
import { pickLocale, pickView } from "./state/locale";

const FALLBACK_CAPABILITIES: Capabilities = {
  api19: false,
  mergedAreas: false,
  triggerSource: false,
  notes: false,
  undoGrouping: false,
  displayLanguage: null,
  isDarkTheme: false,
};

function mount(node: ReactNode): void {
  let el = document.getElementById("container");
  if (!el) {
    el = document.createElement("div");
    el.id = "container";
    document.body.appendChild(el);
  }
  createRoot(el).render(node);
}

function showOutsideOffice(): void {
  mount(
    <FluentProvider theme={webLightTheme}>
      <OutsideOffice />
    </FluentProvider>,
  );
}

async function start(): Promise<void> {
  const gateway = createOfficeGateway();
  let capabilities = FALLBACK_CAPABILITIES;
  try {
    capabilities = await gateway.capabilities();
  } catch (e) {
    console.error("[jixiao] capabilities()", e);
  }
  const search = window.location.search;
  const locale = pickLocale(search, capabilities.displayLanguage);
  document.documentElement.lang = locale;
  mount(<Root gateway={gateway} capabilities={capabilities} locale={locale} view={pickView(search)} />);
}

if (typeof Office === "undefined") {
  showOutsideOffice();
} else {
  void Office.onReady((info) => {
    if (!info.host || typeof Excel === "undefined") showOutsideOffice();
    else void start();
  });
}
