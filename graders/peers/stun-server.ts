// The grader's scripted STUN server (RFC 8489), and the grader's own STUN encoding and decoding
// (the grader never imports a solution). It runs on a DatagramPeer (datagram-peer.ts), so every
// datagram is in the transcript with its fate.
//
// Use:
//   const stun = await startStunServer(check, { attributes: [mapped(), xorMapped()], dropFirst: 1 });
//   … run the student's program with --server 127.0.0.1:${stun.port} …
//   await stun.whenRequests(2);            // the Binding requests that arrived, decoded
//   stun.requests[0].transactionId         // and each one's source address: what it reports
//
// By default it answers every Binding request the way a real server does: a Binding success
// response with the same transaction id and one XOR-MAPPED-ADDRESS holding the request's source
// address (behind the NAT box: the NAT's outside address). The script changes that:
//   - `attributes`: the response's attributes, in order: xorMapped(), mapped() (each with the
//     source address unless given another), unknownOptional(…) (a comprehension-optional type
//     with an odd length, so its padding matters), or any raw attribute;
//   - `reportAs`: claim another mapped address than the source (a NAT the grader pretends);
//   - `dropFirst: N`: the first N Binding requests get no answer (a lost datagram);
//   - `silent`: no answer at all;
//   - `error`: a Binding error response (0x0111) with this ERROR-CODE instead of a success;
//   - `before`: what arrives just before the real answer: a decoy (a success response with
//     another transaction id and another address), garbage datagrams, or a stranger's response
//     (the right transaction id, another address inside, from another port).
// Datagrams that are not Binding requests get no answer (as coturn and stund).
import { isIP } from "node:net";
import type { CheckContext } from "../harness/check.ts";
import { showEndpoint, type DatagramSocket, type Endpoint, type ReceivedDatagram } from "../harness/datagram.ts";
import { Conditions, DEADLINES } from "../harness/deadline.ts";
import { t } from "../i18n/index.ts";
import { startDatagramPeer, type DatagramPeer } from "./datagram-peer.ts";

export const MAGIC_COOKIE = 0x2112a442;
export const STUN_TYPES = { bindingRequest: 0x0001, bindingSuccess: 0x0101, bindingError: 0x0111, bindingIndication: 0x0011 } as const;
export const STUN_ATTRIBUTES = { mappedAddress: 0x0001, xorMappedAddress: 0x0020, errorCode: 0x0009, software: 0x8022, fingerprint: 0x8028 } as const;

/** One attribute: its type and its value (without padding). */
export interface StunAttributeValue {
  type: number;
  value: Buffer;
}

/** A STUN message taken apart. */
export interface StunMessage {
  type: number;
  /** The length field of the header, as it was written. */
  length: number;
  cookie: number;
  transactionId: Buffer;
  attributes: StunAttributeValue[];
}

/** The bytes of a STUN message: the 20-byte header, then each attribute padded to 4 bytes. */
export function encodeStunMessage(message: { type: number; transactionId: Buffer; attributes?: readonly StunAttributeValue[]; cookie?: number }): Buffer {
  const body = Buffer.concat(
    (message.attributes ?? []).map((attribute) => {
      const padded = Buffer.alloc(4 + Math.ceil(attribute.value.length / 4) * 4);
      padded.writeUInt16BE(attribute.type, 0);
      padded.writeUInt16BE(attribute.value.length, 2);
      attribute.value.copy(padded, 4);
      return padded;
    }),
  );
  const header = Buffer.alloc(20);
  header.writeUInt16BE(message.type, 0);
  header.writeUInt16BE(body.length, 2);
  header.writeUInt32BE(message.cookie ?? MAGIC_COOKIE, 4);
  message.transactionId.copy(header, 8, 0, 12);
  return Buffer.concat([header, body]);
}

/** A STUN message from bytes, or undefined when they cannot be one (short, a length that does not fit, a cut attribute). The cookie is not checked: see `cookie`. */
export function decodeStunMessage(bytes: Buffer): StunMessage | undefined {
  if (bytes.length < 20 || (bytes[0]! & 0xc0) !== 0) return undefined;
  const length = bytes.readUInt16BE(2);
  if (20 + length !== bytes.length) return undefined;
  const attributes: StunAttributeValue[] = [];
  for (let at = 20; at < bytes.length; ) {
    if (at + 4 > bytes.length) return undefined;
    const size = bytes.readUInt16BE(at + 2);
    if (at + 4 + size > bytes.length) return undefined;
    attributes.push({ type: bytes.readUInt16BE(at), value: Buffer.from(bytes.subarray(at + 4, at + 4 + size)) });
    at += 4 + Math.ceil(size / 4) * 4;
  }
  return { type: bytes.readUInt16BE(0), length, cookie: bytes.readUInt32BE(4), transactionId: Buffer.from(bytes.subarray(8, 20)), attributes };
}

function ipv4Number(address: string): number {
  if (isIP(address) !== 4) throw new Error(`the grader's STUN server speaks IPv4 only, not ${address}`);
  return address.split(".").reduce((value, part) => value * 256 + Number(part), 0);
}

function ipv4Text(value: number): string {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join(".");
}

/** A (XOR-)MAPPED-ADDRESS value for an IPv4 endpoint: 0, family 1, port, address (XORed with the cookie when `xor`). */
export function addressValue(endpoint: Endpoint, xor: boolean): Buffer {
  const value = Buffer.alloc(8);
  value[1] = 0x01;
  value.writeUInt16BE(xor ? endpoint.port ^ (MAGIC_COOKIE >>> 16) : endpoint.port, 2);
  value.writeUInt32BE(xor ? (ipv4Number(endpoint.address) ^ MAGIC_COOKIE) >>> 0 : ipv4Number(endpoint.address), 4);
  return value;
}

/** The endpoint in a (XOR-)MAPPED-ADDRESS value, or undefined when it is not an IPv4 one. */
export function readAddressValue(value: Buffer, xor: boolean): Endpoint | undefined {
  if (value.length < 8 || value[1] !== 0x01) return undefined;
  const port = xor ? value.readUInt16BE(2) ^ (MAGIC_COOKIE >>> 16) : value.readUInt16BE(2);
  const address = xor ? (value.readUInt32BE(4) ^ MAGIC_COOKIE) >>> 0 : value.readUInt32BE(4);
  return { address: ipv4Text(address), port };
}

/** An ERROR-CODE value: two zero bytes, the class (code / 100), the number (code % 100), the reason in UTF-8. */
export function errorCodeValue(code: number, reason: string): Buffer {
  return Buffer.concat([Buffer.from([0, 0, Math.floor(code / 100), code % 100]), Buffer.from(reason, "utf8")]);
}

/** An attribute of a scripted success response. */
export type StunAttribute =
  | { kind: "xor-mapped"; address?: Endpoint }
  | { kind: "mapped"; address?: Endpoint }
  | { kind: "raw"; type: number; value: Buffer; name: string };

/** XOR-MAPPED-ADDRESS (0x0020) with the mapped address (the request's source), or `address`. */
export function xorMapped(address?: Endpoint): StunAttribute {
  return address === undefined ? { kind: "xor-mapped" } : { kind: "xor-mapped", address };
}

/** MAPPED-ADDRESS (0x0001), plain, with the mapped address, or `address`. */
export function mapped(address?: Endpoint): StunAttribute {
  return address === undefined ? { kind: "mapped" } : { kind: "mapped", address };
}

/** A comprehension-optional attribute nobody knows (type 0x8055 unless given), `length` bytes long: odd by default, so 3 bytes of padding follow. */
export function unknownOptional(length = 5, type = 0x8055): StunAttribute {
  return { kind: "raw", type, value: Buffer.alloc(length, 0x61), name: t("an unknown attribute 0x{type} of {length} bytes", { type: type.toString(16).padStart(4, "0"), length }) };
}

/** What arrives at the program just before the real answer. */
export type Interference = "decoy" | "garbage" | "stranger";

export interface StunScript {
  /** The attributes of each success response, in order. Default: [xorMapped()]. */
  attributes?: readonly StunAttribute[];
  /** The mapped address to claim for a request from `source` (default: `source`, as a real server). */
  reportAs?: (source: Endpoint) => Endpoint;
  /** The first N Binding requests get no answer. */
  dropFirst?: number;
  /** No Binding request gets an answer. */
  silent?: boolean;
  /** Answer with a Binding error response with this ERROR-CODE. */
  error?: { code: number; reason: string };
  /** Sent, in order, just before the first real answer. */
  before?: readonly Interference[];
}

/** A Binding request as it arrived. */
export interface StunRequest {
  /** Which datagram it was (1, 2, … counting every datagram that arrived). */
  number: number;
  at: number;
  bytes: Buffer;
  message: StunMessage;
  transactionId: Buffer;
  /** Where it came from: the mapped address a real server reports. */
  source: Endpoint;
}

export interface StunServer {
  readonly peer: DatagramPeer;
  readonly host: string;
  readonly port: number;
  /** `127.0.0.1:3478`: what to pass as --server. */
  readonly address: string;
  /** Every Binding request that arrived, in order. */
  readonly requests: StunRequest[];
  /** Every datagram that arrived that is not a Binding request. */
  readonly others: ReceivedDatagram[];
  /** The mapped address it reported to each answered request (the source, or `reportAs`'s). */
  readonly reported: Endpoint[];
  /** Resolves with the requests once `count` have arrived (within `ms`). */
  whenRequests(count: number, ms?: number): Promise<StunRequest[]>;
}

/** Whether `message` is a Binding request a server answers: the type, the cookie. */
function isBindingRequest(message: StunMessage | undefined): message is StunMessage {
  return message !== undefined && message.type === STUN_TYPES.bindingRequest && message.cookie === MAGIC_COOKIE;
}

/** The transaction id with every bit flipped: surely another one. */
function otherTransactionId(id: Buffer): Buffer {
  return Buffer.from(id.map((byte) => byte ^ 0xff));
}

/** Another endpoint than `endpoint`, for decoys: the same address, another port. */
export function decoyEndpoint(endpoint: Endpoint): Endpoint {
  return { address: endpoint.address, port: endpoint.port === 9 ? 10 : 9 };
}

/** Datagrams a careless parser may crash on or take for an answer: none is a Binding success response to anything. */
function garbage(id: Buffer, about: Endpoint): { bytes: Buffer; what: string }[] {
  const cut = encodeStunMessage({ type: STUN_TYPES.bindingSuccess, transactionId: id, attributes: [{ type: STUN_ATTRIBUTES.xorMappedAddress, value: addressValue(decoyEndpoint(about), true) }] });
  return [
    { bytes: Buffer.alloc(0), what: t("an empty datagram") },
    { bytes: Buffer.from([0x01, 0x01, 0x00]), what: t("3 bytes") },
    { bytes: Buffer.from("hello, this is not STUN at all", "utf8"), what: t("text") },
    { bytes: encodeStunMessage({ type: STUN_TYPES.bindingSuccess, transactionId: id, cookie: 0x01020304, attributes: [{ type: STUN_ATTRIBUTES.xorMappedAddress, value: addressValue(decoyEndpoint(about), true) }] }), what: t("a success response without the magic cookie") },
    { bytes: cut.subarray(0, cut.length - 4), what: t("a success response whose length says 4 bytes more than came") },
  ];
}

/**
 * Starts the grader's STUN server on `host` (127.0.0.1 unless given) and a free port, running
 * `script`. Its socket closes when the check ends.
 */
export async function startStunServer(check: CheckContext, script: StunScript = {}, options: { host?: string; port?: number; name?: string } = {}): Promise<StunServer> {
  const requests: StunRequest[] = [];
  const others: ReceivedDatagram[] = [];
  const reported: Endpoint[] = [];
  const conditions = new Conditions();
  let interfered = false;
  const attributes = script.attributes ?? [xorMapped()];
  const dropFirst = script.dropFirst ?? 0;

  const successResponse = (transactionId: Buffer, mappedAddress: Endpoint): Buffer =>
    encodeStunMessage({
      type: STUN_TYPES.bindingSuccess,
      transactionId,
      attributes: attributes.map((attribute) =>
        attribute.kind === "raw"
          ? { type: attribute.type, value: attribute.value }
          : { type: attribute.kind === "xor-mapped" ? STUN_ATTRIBUTES.xorMappedAddress : STUN_ATTRIBUTES.mappedAddress, value: addressValue(attribute.address ?? mappedAddress, attribute.kind === "xor-mapped") },
      ),
    });

  const describeResponse = (mappedAddress: Endpoint): string =>
    attributes
      .map((attribute) =>
        attribute.kind === "raw" ? attribute.name : `${attribute.kind === "xor-mapped" ? "XOR-MAPPED-ADDRESS" : "MAPPED-ADDRESS"} ${showEndpoint(attribute.address ?? mappedAddress)}`,
      )
      .join(", ");

  const interfere = async (peer: DatagramPeer, datagram: ReceivedDatagram, request: StunRequest, mappedAddress: Endpoint): Promise<void> => {
    for (const kind of script.before ?? []) {
      if (kind === "decoy") {
        const decoy = encodeStunMessage({ type: STUN_TYPES.bindingSuccess, transactionId: otherTransactionId(request.transactionId), attributes: [{ type: STUN_ATTRIBUTES.xorMappedAddress, value: addressValue(decoyEndpoint(mappedAddress), true) }] });
        await peer.answer(datagram, decoy, t("a decoy: a success response with another transaction id, saying {address}", { address: showEndpoint(decoyEndpoint(mappedAddress)) }));
      } else if (kind === "garbage") {
        for (const { bytes, what } of garbage(request.transactionId, mappedAddress)) await peer.answer(datagram, bytes, t("garbage: {what}", { what }));
      } else {
        const stranger: DatagramSocket = await peer.stranger();
        const forged = encodeStunMessage({ type: STUN_TYPES.bindingSuccess, transactionId: request.transactionId, attributes: [{ type: STUN_ATTRIBUTES.xorMappedAddress, value: addressValue(decoyEndpoint(mappedAddress), true) }] });
        await peer.answer(datagram, forged, t("a stranger's response from another port: the right transaction id, saying {address}", { address: showEndpoint(decoyEndpoint(mappedAddress)) }), stranger);
      }
    }
  };

  const peer = await startDatagramPeer(
    check,
    (datagram, self) => {
      const message = decodeStunMessage(datagram.bytes);
      if (!isBindingRequest(message)) {
        others.push(datagram);
        return { fate: t("not a Binding request: no answer"), dropped: true };
      }
      const source = { address: datagram.address, port: datagram.port };
      const request: StunRequest = { number: datagram.number, at: datagram.at, bytes: datagram.bytes, message, transactionId: message.transactionId, source };
      requests.push(request);
      conditions.changed();
      const which = t("Binding request {n}, transaction id {id}", { n: requests.length, id: message.transactionId.toString("hex") });
      if (script.silent) return { fate: t("{which}: no answer (the server is silent on purpose)", { which }), dropped: true };
      if (requests.length <= dropFirst) return { fate: t("{which}: dropped (a lost datagram, on purpose)", { which }), dropped: true };
      if (script.error) {
        const { code, reason } = script.error;
        const bytes = encodeStunMessage({ type: STUN_TYPES.bindingError, transactionId: message.transactionId, attributes: [{ type: STUN_ATTRIBUTES.errorCode, value: errorCodeValue(code, reason) }] });
        void self.answer(datagram, bytes, t("a Binding error response: ERROR-CODE {code} {reason}", { code, reason }));
        return { fate: which };
      }
      const mappedAddress = script.reportAs ? script.reportAs(source) : source;
      reported.push(mappedAddress);
      const first = !interfered;
      interfered = true;
      void (async () => {
        if (first) await interfere(self, datagram, request, mappedAddress);
        await self.answer(datagram, successResponse(message.transactionId, mappedAddress), t("a Binding success response: {attributes}", { attributes: describeResponse(mappedAddress) }));
      })();
      return { fate: t("{which}: mapped address {address}", { which, address: showEndpoint(mappedAddress) }) };
    },
    { purpose: "stun-server", host: options.host, port: options.port, name: options.name ?? t("STUN server") },
  );
  return {
    peer,
    host: peer.host,
    port: peer.port,
    address: showEndpoint({ address: peer.host, port: peer.port }),
    requests,
    others,
    reported,
    whenRequests: (count, ms = DEADLINES.exit) =>
      conditions.waitFor(ms, t("{count} Binding requests from your program", { count }), () => (requests.length >= count ? requests : undefined)),
  };
}
