// What the kernel knows that Node does not tell: how many bytes wait unread in a socket's
// receive queue, and whether a process sleeps. On Linux, /proc/net/tcp and tcp6 list every
// socket with its rx_queue, and /proc/PID/stat a process's state; elsewhere the answer is unknown
// (a process's memory alone is asked of ps or tasklist there).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";

const TABLES = ["/proc/net/tcp", "/proc/net/tcp6"];
const run = promisify(execFile);

/**
 * Whether the kit may read /proc: on Linux, unless LAB_NO_PROC=1. The switch turns off every
 * feature built on /proc (these proofs, the stray-process sweep in containment.ts), so the
 * self-test can show on Linux what a grading on macOS or Windows does without them.
 */
export const CAN_READ_PROC = process.platform === "linux" && process.env.LAB_NO_PROC !== "1";

export const CAN_SEE_RECEIVE_QUEUES = CAN_READ_PROC;

/** Which table a connection (local-remote ports) was last found in. */
const lastFoundIn = new Map<string, number>();

/**
 * Bytes waiting unread in the receive queue of the socket whose local port is `localPort` and
 * whose peer's port is `remotePort`; undefined when there is no such socket (it closed) or the
 * kernel cannot be asked.
 */
export async function unreadBytes(localPort: number, remotePort: number): Promise<number | undefined> {
  return (await socketQueues(localPort, remotePort))?.unread;
}

/**
 * Both queues of the socket whose local port is `localPort` and whose peer's port is
 * `remotePort`: `unsent`, bytes its program wrote that the peer has not acknowledged yet (the
 * send queue, tx_queue), and `unread`, bytes that arrived and its program has not read (the
 * receive queue); undefined when there is no such socket or the kernel cannot be asked.
 */
export async function socketQueues(localPort: number, remotePort: number): Promise<{ unsent: number; unread: number } | undefined> {
  if (!CAN_SEE_RECEIVE_QUEUES) return undefined;
  const local = `:${localPort.toString(16).toUpperCase().padStart(4, "0")} `;
  const remote = `:${remotePort.toString(16).toUpperCase().padStart(4, "0")} `;
  // Reading a table costs the kernel a walk of its whole hash (a millisecond, more with many
  // sockets in TIME_WAIT): read it off the event loop's thread, and look first where this socket
  // was found before (a settle asks about the same one again and again).
  const pair = `${localPort}-${remotePort}`;
  const first = lastFoundIn.get(pair) ?? 0;
  for (const table of [TABLES[first]!, ...TABLES.filter((_, index) => index !== first)]) {
    let text: string;
    try {
      text = await readFile(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      // "  3: 0100007F:ABAD 0100007F:C350 01 00000000:0000000E …": local, remote, state, tx:rx
      const [, localAddress, remoteAddress, , queues] = line.trim().split(/\s+/);
      if (!localAddress || !remoteAddress || !queues) continue;
      if (`${localAddress} `.endsWith(local) && `${remoteAddress} `.endsWith(remote)) {
        if (lastFoundIn.size > 1_000) lastFoundIn.clear();
        lastFoundIn.set(pair, TABLES.indexOf(table));
        const [unsent, unread] = queues.split(":").map((hex) => Number.parseInt(hex, 16));
        return { unsent: unsent ?? 0, unread: unread ?? 0 };
      }
    }
  }
  return undefined;
}

/**
 * The scheduling state of process `pid`'s main thread, where Node runs its event loop: "R"
 * (running or waiting for a core), "S" (sleeping until something happens), …; undefined when
 * the process is gone or the kernel cannot be asked.
 */
export function processState(pid: number): string | undefined {
  if (!CAN_READ_PROC) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "1234 (node) S 1 …": the command may hold spaces and parentheses, the state follows the last ")".
    return stat.charAt(stat.lastIndexOf(")") + 2) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The memory process `pid` holds right now (its resident set), in bytes; undefined when the
 * process is gone or cannot be asked. Linux: VmRSS in /proc/PID/status; elsewhere (macOS,
 * LAB_NO_PROC=1) `ps -o rss=`, on Windows `tasklist`'s "Mem Usage". Coarse (pages, the
 * allocator's reserves), so a check compares it only against growth of many megabytes.
 */
export async function residentBytes(pid: number): Promise<number | undefined> {
  try {
    if (CAN_READ_PROC) {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(await readFile(`/proc/${pid}/status`, "utf8"));
      return match ? Number(match[1]) * 1024 : undefined;
    }
    if (process.platform === "win32") {
      // "node.exe","1234","Console","1","45,678 K"
      const { stdout } = await run("tasklist", ["/FI", `PID eq ${pid}`, "/FO", "CSV", "/NH"]);
      const match = /"([\d.,\s]+) K"\s*$/m.exec(stdout);
      return match ? Number(match[1]!.replace(/\D/g, "")) * 1024 : undefined;
    }
    const { stdout } = await run("ps", ["-o", "rss=", "-p", String(pid)]);
    const kilobytes = Number.parseInt(stdout.trim(), 10);
    return Number.isFinite(kilobytes) ? kilobytes * 1024 : undefined;
  } catch {
    return undefined;
  }
}
