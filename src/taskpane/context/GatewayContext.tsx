/** The pane reaches Excel only through this context, so tests and the preview can hand it a fake. */
import { createContext, useContext, type ReactNode } from "react";
import type { Gateway } from "../../host/gateway";

const GatewayContext = createContext<Gateway | null>(null);

export interface GatewayProviderProps {
  gateway: Gateway;
  children?: ReactNode;
}

export function GatewayProvider(props: GatewayProviderProps) {
  return <GatewayContext.Provider value={props.gateway}>{props.children}</GatewayContext.Provider>;
}

export function useGateway(): Gateway {
  const g = useContext(GatewayContext);
  if (!g) throw new Error("useGateway must be used inside <GatewayProvider>");
  return g;
}
