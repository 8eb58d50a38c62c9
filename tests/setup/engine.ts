/**
 * The pane loads the checking engine as a chunk of its own (src/taskpane/engine); jest has no dynamic import, so
 * every test file gets it handed over here, as the loaded chunk would be.
 */
import * as engineModule from "../../src/taskpane/engine/module";
import { provideEngine } from "../../src/taskpane/engine/engine";

provideEngine(engineModule);
