import { ENGINE_DEFAULTS, type EngineConfig } from './engine-config.js';
import type { DeepPartial } from './sources.js';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mergeSection(defaults: unknown, override: unknown, path: string): unknown {
  if (override === undefined) return defaults;
  if (isObject(defaults)) {
    if (!isObject(override)) throw new Error(`config: ${path} must be an object`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(override)) {
      if (!(key in defaults)) throw new Error(`config: unknown setting ${path}.${key}`);
    }
    for (const [key, value] of Object.entries(defaults)) {
      out[key] = mergeSection(value, override[key], `${path}.${key}`);
    }
    return Object.freeze(out);
  }
  if (typeof override !== typeof defaults || (typeof override === 'number' && !Number.isFinite(override))) {
    throw new Error(`config: ${path} must be a finite ${typeof defaults}, got ${JSON.stringify(override)}`);
  }
  return override;
}

/**
 * The one place defaults and overrides meet: merges copies (defaults are never mutated), rejects unknown
 * keys and wrong types with the setting's path in the message, and returns a frozen config.
 */
export function resolveConfig(overrides: DeepPartial<EngineConfig> = {}): EngineConfig {
  return mergeSection(ENGINE_DEFAULTS, overrides, 'config') as EngineConfig;
}
