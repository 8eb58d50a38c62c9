/**
 * Task-pane entry for WPS 表格 (the WPS add-in's taskpane.html, no office.js): the host is detected from the
 * globals WPS puts in its add-in pages; the same pane then runs on the WPS gateway. Opened anywhere else, the
 * zh + en "open this in Excel or WPS" message is shown.
 */
import { detectHost } from "../host/detect";
import { createWpsGateway } from "../wps/wps-gateway";
import { showOutsideHost, startPane } from "./start";

if (detectHost() === "wps") void startPane(createWpsGateway());
else showOutsideHost();
