// The NAT box's shim: loaded with --import into a student program that a check runs "behind" the
// grader's NAT box (nat-box.ts), and only then (APP_LAYER_LAB_NAT names the box's inside port).
// On a real network the kernel would route every datagram of the program through the NAT router;
// on loopback nothing does, so this shim does it: each datagram a udp4 socket sends goes to the
// box instead, behind a 6-byte header with its real destination (IPv4 address, port, big-endian),
// and each datagram the box hands back carries its real source in the same header, which the
// shim takes off before the program's "message" listeners see it. So the program's own send(),
// its msg and its rinfo are exactly what a real network would give, and socket.address() is its
// private address, as behind a home router. Datagrams that do not come from the box are dropped:
// nobody reaches a socket behind a NAT directly. A connected socket (connect()) and udp6 are left
// alone. It changes nothing else.
import dgram from "node:dgram";

const box = /^(\d+\.\d+\.\d+\.\d+):(\d+)$/.exec(process.env.APP_LAYER_LAB_NAT ?? "");

if (box) {
  const boxHost = box[1];
  const boxPort = Number(box[2]);
  const HEADER = 6;
  const proto = dgram.Socket.prototype;
  const send = proto.send;
  const emit = proto.emit;

  const bytes = (data) => {
    if (Array.isArray(data)) return Buffer.concat(data.map(bytes));
    if (typeof data === "string") return Buffer.from(data, "utf8");
    if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(data);
  };
  const header = (address, port) => {
    const parts = address.split(".").map(Number);
    const head = Buffer.alloc(HEADER);
    head.set(parts, 0);
    head.writeUInt16BE(port, 4);
    return head;
  };

  // What the shim already wrapped: Node sends again by itself once an unbound socket is bound.
  const wrapped = new WeakSet();

  proto.send = function sendThroughTheNatBox(data, ...rest) {
    const again = Array.isArray(data) ? data.length === 1 && wrapped.has(data[0]) : wrapped.has(data);
    if (this.type !== "udp4" || again) return send.call(this, data, ...rest);
    // send(msg, offset, length, port, address, cb) or send(msg, port, address, cb).
    let payload = bytes(data);
    if (typeof rest[0] === "number" && typeof rest[1] === "number" && typeof rest[2] === "number") {
      payload = payload.subarray(rest[0], rest[0] + rest[1]);
      rest = rest.slice(2);
    }
    const [port, address, callback] = typeof rest[1] === "function" ? [rest[0], undefined, rest[1]] : rest;
    if (typeof port !== "number") return send.call(this, data, ...rest); // a connected socket
    const host = address === undefined || address === "localhost" ? "127.0.0.1" : address;
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(host)) return send.call(this, data, ...rest);
    const done = typeof callback === "function" ? (error) => callback(error, error ? undefined : payload.length) : undefined;
    const datagram = Buffer.concat([header(host, port), payload]);
    wrapped.add(datagram);
    return send.call(this, datagram, boxPort, boxHost, done);
  };

  proto.emit = function emitAsIfFromTheNetwork(event, ...args) {
    if (event !== "message" || this.type !== "udp4") return emit.call(this, event, ...args);
    const [message, rinfo] = args;
    if (rinfo.address !== boxHost || rinfo.port !== boxPort || message.length < HEADER) return false;
    const address = [...message.subarray(0, 4)].join(".");
    const payload = Buffer.from(message.subarray(HEADER));
    return emit.call(this, "message", payload, { address, family: "IPv4", port: message.readUInt16BE(4), size: payload.length });
  };
}
