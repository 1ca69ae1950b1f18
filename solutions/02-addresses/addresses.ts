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
 *
 * @exercise
 * 1. Split the text on "." with `text.split(".")`. There must be exactly 4 parts; otherwise
 *    throw an Error that says how many parts you found and that 4 are needed.
 * 2. Check each part before converting it: not empty, only the digits 0-9 (test it with the
 *    regular expression /^[0-9]+$/; parseInt("12abc") would quietly give 12), no leading zero
 *    ("0" itself is fine), and at most 255. Put the offending part in the message.
 * 3. Combine the four bytes, first part first: value = value * 256 + part, or with shifts:
 *    (a << 24) | (b << 16) | (c << 8) | d.
 * 4. JavaScript's bit operators work on signed 32-bit numbers, so 128.0.0.0 and above come out
 *    negative. Finish with `>>> 0`, which reads the same 32 bits as an unsigned number.
 */
export function parseIPv4(text: string): number {
  const parts = text.split(".");
  if (parts.length !== 4) {
    throw new Error(`"${text}" has ${parts.length} part${parts.length === 1 ? "" : "s"}: an IPv4 address has 4 parts separated by dots, like 127.0.0.1`);
  }
  const bytes: number[] = [];
  for (const [index, part] of parts.entries()) {
    const position = index + 1;
    if (part === "") throw new Error(`part ${position} is empty: write a number from 0 to 255 between the dots`);
    if (!/^[0-9]+$/.test(part)) throw new Error(`part ${position}, "${part}", is not a number: use only the digits 0-9`);
    // "010" is 8 to inet_aton (octal) and 10 to others: refuse it rather than guess.
    if (part.length > 1 && part.startsWith("0")) throw new Error(`part ${position}, "${part}", has a leading zero: write it without the zero`);
    const value = Number(part);
    if (value > 255) throw new Error(`part ${position}, "${part}", is more than 255: each part is one byte (0-255)`);
    bytes.push(value);
  }
  const [a, b, c, d] = bytes as [number, number, number, number];
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

/**
 * Turns a 32-bit number back into a dotted quad: 2130706433 becomes "127.0.0.1".
 *
 * Throws when `value` is not a whole number from 0 to 2^32 - 1 (4294967295).
 *
 * @exercise
 * 1. Refuse anything that is not a whole number in range: `Number.isInteger(value)`,
 *    0 <= value <= MAX_IPV4. Say which value was wrong in the message.
 * 2. Take the bytes from the most significant one down: (value >>> 24) & 255, then >>> 16,
 *    >>> 8 and >>> 0. Use `>>>`, not `>>`: `>>` keeps the sign, so 203.x.x.x would start with -53.
 * 3. Join the four numbers with ".".
 */
export function formatIPv4(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_IPV4) {
    throw new Error(`${value} is not an IPv4 address: it must be a whole number from 0 to ${MAX_IPV4} (2^32 - 1)`);
  }
  return [value >>> 24, value >>> 16, value >>> 8, value].map((byte) => byte & 255).join(".");
}

/**
 * Reads a port number from text, as typed after --port: a whole decimal number from 0 to 65535.
 * Port 0 is allowed: given to listen(), it asks the operating system to pick a free port.
 *
 * Throws an Error that names the offending text when it is empty, not all digits, or too big.
 *
 * @exercise
 * 1. Accept only digits: /^[0-9]+$/. This refuses "", "80a", "-1", "8.5" and " 80", which
 *    Number() or parseInt() would let through or bend into something else.
 * 2. Convert with Number(text) and refuse values above MAX_PORT (a port is 16 bits: 0-65535).
 *    Put the text you were given in the message, e.g. "65536 is more than 65535".
 */
export function parsePort(text: string): number {
  if (!/^[0-9]+$/.test(text)) throw new Error(`"${text}" is not a port number: use only the digits 0-9, from 0 to ${MAX_PORT}`);
  const port = Number(text);
  if (port > MAX_PORT) throw new Error(`${text} is more than ${MAX_PORT}: a port is 16 bits, from 0 to ${MAX_PORT}`);
  return port;
}

/**
 * Which of IANA's three ranges a port falls in: 0-1023 "well-known" (80 for the web),
 * 1024-49151 "registered" (9999 of the note), 49152-65535 "ephemeral" (dynamic or private).
 * Linux picks its own ephemeral ports from 32768-60999; this follows IANA's table.
 *
 * Throws when `port` is not a whole number from 0 to 65535.
 *
 * @exercise
 * 1. Refuse anything that is not a port: `Number.isInteger(port)` and 0 <= port <= MAX_PORT.
 * 2. Compare with the first port of each range: below 1024 is well-known, below 49152 is
 *    registered, the rest is ephemeral. Mind the edges: 1023 is well-known, 1024 registered.
 */
export function classifyPort(port: number): PortClass {
  if (!Number.isInteger(port) || port < 0 || port > MAX_PORT) throw new Error(`${port} is not a port: a port is a whole number from 0 to ${MAX_PORT}`);
  if (port < 1024) return "well-known";
  if (port < 49152) return "registered";
  return "ephemeral";
}

/** "::ffff:" followed by a dotted quad: an IPv4 address written as an IPv6 one (RFC 4291 2.5.5.2). */
const IPV4_MAPPED = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

/**
 * Writes an address the way people expect to read it. A server listening on an IPv6 socket
 * sees an IPv4 client as "::ffff:127.0.0.1" (an IPv4-mapped IPv6 address); this returns the
 * IPv4 address inside, "127.0.0.1". Every other address is returned as it is ("::1" stays "::1").
 *
 * @exercise
 * 1. An IPv4-mapped address is "::ffff:" followed by a dotted quad. Test for exactly that shape,
 *    ignoring case: /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i.
 * 2. When it matches, return the dotted quad (the regular expression's group 1).
 * 3. Otherwise return the address unchanged. Careful: cutting at the last ":" would turn
 *    "::1" into "1".
 */
export function normaliseAddress(address: string): string {
  const mapped = IPV4_MAPPED.exec(address);
  return mapped ? mapped[1]! : address;
}
