// Loaded into every student program where the kernel cannot be asked what a program has read
// (macOS, Windows, LAB_NO_PROC=1): after each read of a TCP socket, it tells the grader, on file
// descriptor 4, how many bytes that socket has read in all, as "LOCALPORT REMOTEPORT TOTAL".
// The grader sends the next piece of a split message only once the piece before was read, so
// the split does not depend on the machine's load. It changes nothing the program sees.
import { writeSync } from "node:fs";
import { Socket } from "node:net";

const REPORTS = 4; // read-sizes.ts REPORTS_FD
const totals = new WeakMap();
const push = Socket.prototype.push;

Socket.prototype.push = function pushAndReport(chunk, encoding) {
  if (chunk && chunk.length > 0 && this.localPort !== undefined) {
    const total = (totals.get(this) ?? 0) + chunk.length;
    totals.set(this, total);
    try {
      writeSync(REPORTS, `${this.localPort} ${this.remotePort} ${total}\n`);
    } catch {
      // No grader listening (the program runs by hand): nothing to tell.
    }
  }
  return push.call(this, chunk, encoding);
};
