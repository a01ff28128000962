/** A file the CLI could not read or write, with the reason in words a user can act on. */
export class FileAccessError extends Error {
  constructor(
    readonly reason: 'not_found' | 'is_directory' | 'permission' | 'too_large' | 'other',
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileAccessError';
  }
}

/** Plain-words reason of a Node file-system error code. */
export function describeFsError(err: unknown): { reason: FileAccessError['reason']; text: string } {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'not_found', text: 'it does not exist' };
    case 'EISDIR':
      return { reason: 'is_directory', text: 'it is a folder, not a file' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { reason: 'permission', text: 'permission was denied' };
    default:
      return { reason: 'other', text: err instanceof Error ? err.message : String(err) };
  }
}
