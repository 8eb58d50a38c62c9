import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../../domain";
import type { Capabilities, Gateway } from "../../../host/gateway";
import { GatewayProvider } from "../../context/GatewayContext";
import { PaneProvider } from "../../context/PaneContext";
import type { View } from "../../state/locale";
import { App } from "../App/App";
import { ErrorBoundary } from "../ErrorBoundary/ErrorBoundary";

export interface RootProps {
  gateway: Gateway;
  capabilities: Capabilities;
  locale: Locale;
  view: View;
}

/** Everything the pane needs around <App>: theme from Office, error boundary, gateway and pane state. */
export function Root(props: RootProps) {
  return (
    <FluentProvider theme={props.capabilities.isDarkTheme ? webDarkTheme : webLightTheme} lang={props.locale}>
      <ErrorBoundary locale={props.locale}>
        <GatewayProvider gateway={props.gateway}>
          <PaneProvider capabilities={props.capabilities} locale={props.locale} view={props.view}>
            <App />
          </PaneProvider>
        </GatewayProvider>
      </ErrorBoundary>
    </FluentProvider>
  );
}
