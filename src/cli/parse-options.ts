import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, EXIT } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strips Node's long advice off parseArgs messages, keeping the first sentence. */
function firstSentence(message: string): string {
  const cut = message.split(/\. (?=[A-Z])/)[0] ?? message;
  return cut.endsWith('.') ? cut : `${cut}.`;
}

/**
 * node:util parseArgs in strict mode, with its errors turned into usage CliErrors that say what to do.
 * `command` is the full command name for hints, e.g. "spotter analyze".
 */
export function parseOptions<T extends Options>(
  args: readonly string[],
  options: T,
  command: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      const message = err instanceof Error ? firstSentence(err.message) : String(err);
      throw new CliError(message, EXIT.usage, `Run \`${command} --help\` for the options.`);
    }
    throw err;
  }
}
