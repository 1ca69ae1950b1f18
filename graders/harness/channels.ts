// The extra pipes a program the grader starts may carry beside stdin, stdout and stderr, one file
// descriptor each, so that no two uses ever share one. read-sizes-preload.mjs repeats REPORTS_FD
// and probes/host.ts PROBE_FD: both are built or loaded apart from the harness.

/** Says what keeps the program alive, when the grader asks (alive-reporter.ts). Every program has it. */
export const ALIVE_FD = 3;
/** Reports what the program's sockets read, where the kernel cannot be asked (read-sizes.ts). */
export const REPORTS_FD = 4;
/** A probe host's answers (probes/host.ts), apart from whatever the student's code prints. */
export const PROBE_FD = 5;
