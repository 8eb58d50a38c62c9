/** The host interface now lives in src/host/gateway.ts (it serves Excel and WPS 表格); kept so existing imports work. */
export * from "../host/gateway";
