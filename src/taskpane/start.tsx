/**
 * Mounting the pane, whichever host the entry found: ask the gateway for its capabilities (theme,
 * language, undo behaviour), pick the locale and view from the URL, render <Root>. Outside any host, a
 * zh + en message instead. Shared by the Excel entry (index.tsx) and the WPS entry (wps.tsx).
 */
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Capabilities, Gateway } from "../host/gateway";
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

export function showOutsideHost(): void {
  mount(
    <FluentProvider theme={webLightTheme}>
      <OutsideOffice />
    </FluentProvider>,
  );
}

export async function startPane(gateway: Gateway): Promise<void> {
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
