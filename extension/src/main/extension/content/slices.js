// Cooperative time slicing: long loops (a 1,500-row capture, 1,500 badges) give the main thread
// back every few milliseconds so no task comes near the 50 ms long-task line and LinkedIn stays
// responsive. setTimeout (not a microtask) lets input and rendering run in between.
(() => {
  const IL = globalThis.InviteLedger;
  const SLICE_MS = 8;

  class Cancelled extends Error {}
  IL.Cancelled = Cancelled;

  IL.yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** A budget for one slice: call due() often (cheap), await pause() when it says so. */
  IL.slicer = (isCancelled) => {
    let deadline = performance.now() + SLICE_MS;
    let slices = 1;
    return {
      due: () => performance.now() >= deadline,
      async pause() {
        await IL.yieldToPage();
        if (isCancelled()) throw new Cancelled();
        slices += 1;
        deadline = performance.now() + SLICE_MS;
      },
      get slices() { return slices; },
    };
  };

  /** Calls fn(item, index) for every item, yielding between slices. */
  IL.eachSliced = async (items, fn, isCancelled) => {
    const slicer = IL.slicer(isCancelled);
    for (let i = 0; i < items.length; i++) {
      fn(items[i], i);
      if (slicer.due() && i + 1 < items.length) await slicer.pause();
    }
    return slicer.slices;
  };
})();
