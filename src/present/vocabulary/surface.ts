/**
 * Where words are shown. `cli`: the terminal and the files the CLI writes, which may name its commands.
 * `app`: the web app and what it exports, which never names a CLI command or flag.
 */
export type Surface = 'cli' | 'app';
