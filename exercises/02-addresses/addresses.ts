// Exercise 02, the library: how a process is found. A machine has a 32-bit IP address, and a
// process on it has a 16-bit TCP or UDP port (part 4 of the study note).
//
// Pure functions, no side effects: the grader imports this file and calls each function directly.
// whoami-server.ts uses them to answer every client with the address it came from.

/** The largest port number: ports are 16-bit, 0 to 2^16 - 1. */
export const MAX_PORT = 65535;

/** The largest IPv4 address as a number: addresses are 32-bit, 0 to 2^32 - 1. */
export const MAX_IPV4 = 4294967295;

/** The three port ranges IANA defines (RFC 6335). */
export type PortClass = "well-known" | "registered" | "ephemeral";

/**
 * Turns a dotted quad like "127.0.0.1" into the 32-bit number it stands for (2130706433):
 * the first part is the most significant byte (network byte order, big-endian).
 *
 * Throws an Error that names the problem and the offending part when the text is not exactly
 * four decimal numbers from 0 to 255 separated by dots. A part with a leading zero ("010") is
 * refused too: inet_aton and some browsers read it as octal (8), others as decimal (10).
 */
export function parseIPv4(text: string): number {
  // TODO: write parseIPv4. Read lessons/02-addresses.md first; these steps get you there:
  //   1. Split the text on "." with `text.split(".")`. There must be exactly 4 parts; otherwise
  //      throw an Error that says how many parts you found and that 4 are needed.
  //   2. Check each part before converting it: not empty, only the digits 0-9 (test it with the
  //      regular expression /^[0-9]+$/; parseInt("12abc") would quietly give 12), no leading zero
  //      ("0" itself is fine), and at most 255. Put the offending part in the message.
  //   3. Combine the four bytes, first part first: value = value * 256 + part, or with shifts:
  //      (a << 24) | (b << 16) | (c << 8) | d.
  //   4. JavaScript's bit operators work on signed 32-bit numbers, so 128.0.0.0 and above come out
  //      negative. Finish with `>>> 0`, which reads the same 32 bits as an unsigned number.
  throw new Error("TODO: write parseIPv4 (see lessons/02-addresses.md)");
}

/**
 * Turns a 32-bit number back into a dotted quad: 2130706433 becomes "127.0.0.1".
 *
 * Throws when `value` is not a whole number from 0 to 2^32 - 1 (4294967295).
 */
export function formatIPv4(value: number): string {
  // TODO: write formatIPv4. Read lessons/02-addresses.md first; these steps get you there:
  //   1. Refuse anything that is not a whole number in range: `Number.isInteger(value)`,
  //      0 <= value <= MAX_IPV4. Say which value was wrong in the message.
  //   2. Take the bytes from the most significant one down: (value >>> 24) & 255, then >>> 16,
  //      >>> 8 and >>> 0. Use `>>>`, not `>>`: `>>` keeps the sign, so 203.x.x.x would start with -53.
  //   3. Join the four numbers with ".".
  throw new Error("TODO: write formatIPv4 (see lessons/02-addresses.md)");
}

/**
 * Reads a port number from text, as typed after --port: a whole decimal number from 0 to 65535.
 * Port 0 is allowed: given to listen(), it asks the operating system to pick a free port.
 *
 * Throws an Error that names the offending text when it is empty, not all digits, or too big.
 */
export function parsePort(text: string): number {
  // TODO: write parsePort. Read lessons/02-addresses.md first; these steps get you there:
  //   1. Accept only digits: /^[0-9]+$/. This refuses "", "80a", "-1", "8.5" and " 80", which
  //      Number() or parseInt() would let through or bend into something else.
  //   2. Convert with Number(text) and refuse values above MAX_PORT (a port is 16 bits: 0-65535).
  //      Put the text you were given in the message, e.g. "65536 is more than 65535".
  throw new Error("TODO: write parsePort (see lessons/02-addresses.md)");
}

/**
 * Which of IANA's three ranges a port falls in: 0-1023 "well-known" (80 for the web),
 * 1024-49151 "registered" (9999 of the note), 49152-65535 "ephemeral" (dynamic or private).
 * Linux picks its own ephemeral ports from 32768-60999; this follows IANA's table.
 *
 * Throws when `port` is not a whole number from 0 to 65535.
 */
export function classifyPort(port: number): PortClass {
  // TODO: write classifyPort. Read lessons/02-addresses.md first; these steps get you there:
  //   1. Refuse anything that is not a port: `Number.isInteger(port)` and 0 <= port <= MAX_PORT.
  //   2. Compare with the first port of each range: below 1024 is well-known, below 49152 is
  //      registered, the rest is ephemeral. Mind the edges: 1023 is well-known, 1024 registered.
  throw new Error("TODO: write classifyPort (see lessons/02-addresses.md)");
}

/** "::ffff:" followed by a dotted quad: an IPv4 address written as an IPv6 one (RFC 4291 2.5.5.2). */
const IPV4_MAPPED = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

/**
 * Writes an address the way people expect to read it. A server listening on an IPv6 socket
 * sees an IPv4 client as "::ffff:127.0.0.1" (an IPv4-mapped IPv6 address); this returns the
 * IPv4 address inside, "127.0.0.1". Every other address is returned as it is ("::1" stays "::1").
 */
export function normaliseAddress(address: string): string {
  // TODO: write normaliseAddress. Read lessons/02-addresses.md first; these steps get you there:
  //   1. An IPv4-mapped address is "::ffff:" followed by a dotted quad. Test for exactly that shape,
  //      ignoring case: /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i.
  //   2. When it matches, return the dotted quad (the regular expression's group 1).
  //   3. Otherwise return the address unchanged. Careful: cutting at the last ":" would turn
  //      "::1" into "1".
  throw new Error("TODO: write normaliseAddress (see lessons/02-addresses.md)");
}
