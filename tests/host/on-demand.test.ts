/** The gateways' insertion code is fetched when first used: once, and again after a failed download. */
import { onDemand } from "../../src/host/on-demand";

test("loads once, shares the promise, and tries again after a failure", async () => {
  let calls = 0;
  let fail = true;
  const load = onDemand(async () => {
    calls++;
    if (fail) throw new Error("网络中断 / network down");
    return { ok: calls };
  });
  await expect(load()).rejects.toThrow("network down");
  fail = false;
  const [a, b] = await Promise.all([load(), load()]);
  expect(a).toBe(b); // one download for two callers
  expect(await load()).toBe(a);
  expect(calls).toBe(2); // the failed one, then one more
});
