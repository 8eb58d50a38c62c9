/**
 * Task-pane entry for Excel (taskpane.html, with office.js). The only Office global used here is
 * Office.onReady; everything else (theme, language, workbook) goes through the Gateway. WPS 表格 has its own
 * entry (wps.tsx) and page, so nothing of WPS is in this bundle. Outside Office a zh + en message is shown.
 */
import { createOfficeGateway } from "../excel/office-gateway";
import { showOutsideHost, startPane } from "./start";

if (typeof Office === "undefined") {
  showOutsideHost();
} else {
  void Office.onReady((info) => {
    if (!info.host || typeof Excel === "undefined") showOutsideHost();
    else void startPane(createOfficeGateway());
  });
}
