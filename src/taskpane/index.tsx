/**
 * Task-pane entry for Excel (taskpane.html, with office.js). The only Office global used here is
 * Office.onReady; everything else (theme, language, workbook) goes through the Gateway. WPS 表格 has its own
 * entry (wps.tsx) and page, so nothing of WPS is in this bundle. Outside Office a zh + en message is shown.
 */
import { createOfficeGateway } from "../excel/office-gateway";
import { loadEngine } from "./engine/engine";
import { showOutsideHost, startPane } from "./start";

if (typeof Office === "undefined") {
  showOutsideHost();
} else {
  // the checking engine is a chunk of its own: it downloads while Office starts the add-in
  loadEngine().catch(() => {}); // a failure shows when the pane first checks (it asks again)
  void Office.onReady((info) => {
    if (!info.host || typeof Excel === "undefined") showOutsideHost();
    else void startPane(createOfficeGateway());
  });
}
