/** Frame times parsed from ffmpeg's log, consumed in frame order; the log may run ahead of or behind the pixels. */
export class TimestampQueue {
  private readonly items: number[] = [];
  private head = 0;
  private closed = false;
  private waiter: (() => void) | undefined;

  push(tS: number): void {
    this.items.push(tS);
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  /** The next time, waiting for the log to catch up; undefined once the log has ended without one. */
  async shift(): Promise<number | undefined> {
    while (this.head >= this.items.length && !this.closed) {
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
    if (this.head >= this.items.length) return undefined;
    const value = this.items[this.head++];
    if (this.head > 1024) {
      this.items.splice(0, this.head); // keep the array short on hour-long videos
      this.head = 0;
    }
    return value;
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }
}
