import { readFileSync } from 'node:fs';

/** The version in the project's package.json (two folders above src/ and dist/ alike); undefined if unreadable. */
export function readPackageVersion(): string | undefined {
  try {
    const text = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}
