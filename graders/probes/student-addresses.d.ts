// What the probe of exercise 02 expects `student:addresses.ts` to export (see probes/02-addresses.ts).
declare module "student:addresses.ts" {
  export function parseIPv4(text: string): number;
  export function formatIPv4(value: number): string;
  export function parsePort(text: string): number;
  export function classifyPort(port: number): string;
  export function normaliseAddress(address: string): string;
}
