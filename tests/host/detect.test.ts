/** Host detection at start-up: WPS's globals, Office's, neither; WPS wins when both are present; look-alikes do not count. */
import { detectHost } from "../../src/host/detect";
import { installSimulator, installWpsSimulator, WorkbookModel } from "../../src/simulator";

test("WPS 表格: wps.EtApplication, or an ET Application with ActiveSheet and ApiEvent", () => {
  const scope = {};
  installWpsSimulator(scope, new WorkbookModel());
  expect(detectHost(scope)).toBe("wps");
  expect(detectHost({ Application: (scope as { Application: unknown }).Application })).toBe("wps");
  expect(detectHost({ wps: { EtApplication: () => null } })).toBe("wps");
});

test("Excel: the Office global of office.js (or of the Excel simulator)", () => {
  const scope = {};
  installSimulator(scope, new WorkbookModel());
  expect(detectHost(scope)).toBe("excel");
});

test("both: WPS (it does not run Office.js add-ins); neither, or look-alike globals: none", () => {
  const scope = {};
  installSimulator(scope, new WorkbookModel());
  installWpsSimulator(scope, new WorkbookModel());
  expect(detectHost(scope)).toBe("wps");
  expect(detectHost({})).toBeNull();
  expect(detectHost({ Application: { name: "some other app" }, wps: "x" })).toBeNull();
  expect(
    detectHost({
      Application: new Proxy(
        {},
        {
          has: () => {
            throw new Error("host object");
          },
        },
      ),
    }),
  ).toBeNull();
});
