// Built into every program the grader compiles (build.ts injects it), before the student's
// code runs. When the grader names a file descriptor in APP_LAYER_LAB_ALIVE_FD (launch.ts gives
// every program an extra pipe there), it answers each byte the grader writes to it with one JSON
// line: the resources that keep the event loop alive (process.getActiveResourcesInfo()). So a
// program that lingers after its work can be told what holds it (a timer, a socket) without a
// signal, and through any sandbox that passes the pipe on. The pipe is unref'd: it never keeps
// the program alive itself. A busy loop never answers, which says something too.
import { fstatSync } from "node:fs";
import { Socket } from "node:net";

const VARIABLE = "APP_LAYER_LAB_ALIVE_FD";

function listen(): void {
  const named = process.env[VARIABLE];
  // Not for the processes this one starts: their descriptor of that number is something else.
  delete process.env[VARIABLE];
  if (named === undefined || process.platform === "win32") return;
  const fd = Number(named);
  try {
    if (!Number.isInteger(fd) || fd < 3 || !fstatSync(fd).isSocket()) return;
    const channel = new Socket({ fd, readable: true, writable: true });
    channel.unref();
    channel.on("error", () => channel.destroy());
    channel.on("data", () => {
      channel.write(`${JSON.stringify(process.getActiveResourcesInfo())}\n`);
    });
  } catch {
    // No such pipe: the program runs as it would without the grader.
  }
}

listen();
