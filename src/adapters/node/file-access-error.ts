/** A file the CLI could not read or write, with the reason in words a user can act on. */
export class FileAccessError extends Error {
  constructor(
    readonly reason: 'not_found' | 'is_directory' | 'not_regular' | 'permission' | 'too_large' | 'other',
    readonly path: string,
    message: string,
    /** The reason alone, without the path ("it is a folder, not a file"), for messages that name the path. */
    readonly why: string = message,
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
    case 'ENOSPC':
    case 'EDQUOT':
      return { reason: 'other', text: 'the disk is full' };
    case 'ELOOP':
      return { reason: 'other', text: 'it is a symbolic link that points back to itself' };
    default:
      return { reason: 'other', text: err instanceof Error ? err.message : String(err) };
  }
}
