/**
 * Bad input given to a command (unknown unit or quarter, unreadable spec, an output that may not or cannot be
 * written): the command prints `错误：<message>` on stderr and exits with code 2. The message is Chinese and complete.
 */
export class CliInputError extends Error {}

/** The Chinese message of any thrown value: an Error's message, else its text. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Why the file system refused a read or write, in Chinese, from a Node error's `code` (ENOENT, EISDIR, EACCES…):
 * "文件夹不存在", "是一个文件夹", "没有权限"…; an unknown code gives "系统错误 CODE".
 */
export function fsReasonText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '文件夹不存在';
    case 'EISDIR':
      return '是一个文件夹';
    case 'EACCES':
    case 'EPERM':
      return '没有权限';
    case 'EROFS':
      return '磁盘是只读的';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EBUSY':
      return '文件正被其他程序使用（可能已在 Excel 中打开），请关闭后重试';
    default:
      return code ? `系统错误 ${code}` : errorText(err);
  }
}
