/**
 * When the wall turns the page. A page is shown for the playlist's interval, and longer while it is
 * still waiting for its figures: a wall that rotated past a page still saying "loading" would show
 * nobody anything. A page that never draws (its data cannot load) is let go after three intervals,
 * so one broken page cannot stop the wall.
 */
export type RotationStep = 'stay' | 'hold' | 'rotate';

export interface RotationClock {
  /** one tick of `tickMs`; `drawing`: the page still has a panel waiting for its answer */
  tick(drawing: boolean): RotationStep;
}

export const MAX_HOLD_INTERVALS = 3;

export function rotationClock(intervalMs: number, tickMs: number): RotationClock {
  let shown = 0;
  return {
    tick(drawing) {
      shown += tickMs;
      if (shown < intervalMs) return 'stay';
      if (drawing && shown < intervalMs * MAX_HOLD_INTERVALS) return 'hold';
      shown = 0;
      return 'rotate';
    },
  };
}

/** The clock's tick: a second, or the whole interval when that is shorter (the tests run the wall fast). */
export function rotationTickMs(intervalMs: number): number {
  return Math.min(1000, intervalMs);
}
