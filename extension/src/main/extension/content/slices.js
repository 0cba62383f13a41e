// Cooperative time slicing: long loops (a 1,500-row capture, 1,500 badges) give the main thread
// back every few milliseconds so no task comes near the 50 ms long-task line and LinkedIn stays
// responsive. setTimeout (not a microtask) lets input and rendering run in between.
// Writes to the page go in animation frames instead (inFrames): a long task is not the only way to
// freeze a page — the style and layout a write causes run in the next frame, so each frame gets only
// as many writes as it can lay out quickly.
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

  /**
   * Rows written per animation frame after the first. Writing all 1,500 badges at once makes one
   * frame of 170-250 ms of style, layout and pre-paint (the whole list grows and moves): a freeze.
   * Smaller batches make smaller frames, but each frame that grows a row also pays a share that
   * does not shrink with the batch (the rows below move; ~25-40 ms of CPU on a 1,500-row list), so
   * not tens of rows a frame: 100 keeps every frame near that floor in ~15 frames.
   */
  IL.FRAME_BATCH = 100;

  IL.nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  /**
   * Calls write(item) for every item inside requestAnimationFrame callbacks: `first` items (at
   * least one) in the first frame, together with atFirstFrame(), then FRAME_BATCH a frame. A hidden
   * tab runs no frames: writing waits until the tab is shown, when there is something to see (and
   * nothing piles up into one big frame).
   * @returns {Promise<{frames: number, largest: number, cancelled: boolean}>}
   */
  IL.inFrames = async (items, write, isCancelled, { first = IL.FRAME_BATCH, atFirstFrame = () => {} } = {}) => {
    let frames = 0;
    let largest = 0;
    for (let i = 0; i < items.length || frames === 0;) {
      await IL.nextFrame();
      if (isCancelled()) return { frames, largest, cancelled: true };
      if (frames === 0) atFirstFrame();
      const n = Math.min(frames === 0 ? Math.max(1, first) : IL.FRAME_BATCH, items.length - i);
      for (const end = i + n; i < end; i++) write(items[i]);
      frames += 1;
      largest = Math.max(largest, n);
    }
    return { frames, largest, cancelled: false };
  };
})();
