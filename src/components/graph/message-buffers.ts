/**
 * The points drawn this frame, in typed arrays reused from frame to frame: they grow when a
 * frame has more messages than any before, and never shrink, so a busy frame allocates nothing.
 */

export class MessagePoints {
  count = 0;
  x = new Float32Array(1024);
  y = new Float32Array(1024);
  kind = new Uint8Array(1024);
  highlighted = new Uint8Array(1024);
  /** Which kinds of message are among the points: bit `1 << kind` (a kind absent costs no pass). */
  present = 0;
  /** "+N" labels for queues too long to show. */
  moreCount = 0;
  moreX = new Float32Array(64);
  moreY = new Float32Array(64);
  moreN = new Int32Array(64);

  clear(): void {
    this.count = 0;
    this.moreCount = 0;
    this.present = 0;
  }

  add(x: number, y: number, kind: number, highlighted: boolean): void {
    if (this.count === this.x.length) this.grow();
    const i = this.count++;
    this.x[i] = x;
    this.y[i] = y;
    this.kind[i] = kind;
    this.highlighted[i] = highlighted ? 1 : 0;
    this.present |= 1 << kind;
  }

  addMore(x: number, y: number, n: number): void {
    if (this.moreCount === this.moreX.length) {
      const size = this.moreX.length * 2;
      this.moreX = grown(this.moreX, size);
      this.moreY = grown(this.moreY, size);
      this.moreN = grownInt(this.moreN, size);
    }
    const i = this.moreCount++;
    this.moreX[i] = x;
    this.moreY[i] = y;
    this.moreN[i] = n;
  }

  private grow(): void {
    const size = this.x.length * 2;
    this.x = grown(this.x, size);
    this.y = grown(this.y, size);
    this.kind = grownBytes(this.kind, size);
    this.highlighted = grownBytes(this.highlighted, size);
  }
}

function grown(a: Float32Array<ArrayBuffer>, size: number): Float32Array<ArrayBuffer> {
  const b = new Float32Array(size);
  b.set(a);
  return b;
}
function grownBytes(a: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}
function grownInt(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
