/**
 * The WPS add-in's ribbon page bundle (loaded by its index.html beside main.js): 检查本表 for main.js's
 * OnAction, as `window.jixiaoRibbon.checkSheet()`. The same command as Excel's (check-sheet.ts), on the WPS gateway.
 */
import { createWpsGateway } from "../wps/wps-gateway";
import { checkSheet, type CheckOutcome } from "./check-sheet";

declare global {
  interface Window {
    jixiaoRibbon?: { checkSheet(): Promise<CheckOutcome> };
  }
}

window.jixiaoRibbon = {
  checkSheet: () => checkSheet({ completed: () => undefined }, createWpsGateway()),
};
