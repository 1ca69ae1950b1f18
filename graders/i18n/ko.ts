// The Korean catalog: the English message (the key, exactly as written in the code) → 한국어.
// Keep the {placeholders} unchanged. The self-test lists any key that is missing here.
export const ko: Record<string, string> = {};
