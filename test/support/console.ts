/** Runs `fn` and returns what it passed to console.warn, without letting it reach the console. */
export function captureWarnings(fn: () => void): string[] {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Async variant of captureWarnings. */
export async function captureWarningsAsync(fn: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}
