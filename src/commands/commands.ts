/** FunctionFile of the ribbon (commands.html): wires the ExecuteFunction buttons of manifest.xml. */
import { createOfficeGateway } from "../excel/office-gateway";
import { checkSheet, type CommandEvent } from "./check-sheet";

void Office.onReady(() => {
  Office.actions.associate("checkSheet", (event: CommandEvent) => {
    void checkSheet(event, createOfficeGateway());
  });
});
