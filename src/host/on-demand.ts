/**
 * Code fetched the first time it is used (both gateways' insertion code: a chunk of its own, so that the pane's first
 * load stays small). Pure: the import() stays at each call site, where webpack sees its chunk name.
 */

/** Calls load once and hands out its promise from then on; a failed download is tried again on the next call. */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}
