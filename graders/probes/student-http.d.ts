// What the probe of exercise 08 expects `student:http.ts` to export (see probes/08-http-client.ts).
declare module "student:http.ts" {
  export function get(
    url: string,
    options?: { head?: boolean; maxRedirects?: number; timeoutMs?: number },
  ): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array }>;
}
