// What the probe of exercise 05 expects `student:framing.ts` to export (see probes/05-framing.ts).
declare module "student:framing.ts" {
  export const MAX_FRAME_BYTES: number;
  export function encodeFrame(payload: Uint8Array | string): Buffer;
  export class FrameDecoder {
    constructor(maxFrameBytes?: number);
    push(chunk: Uint8Array): Buffer[];
  }
}
