/** An error in the report text, tied to the line a user must fix. */
export class ReportError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.name = 'ReportError';
    this.line = line;
  }
}

/** An error about a file or folder (missing, too large, not writable), tied to the path a user must look at. */
export class FileError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'FileError';
    this.path = path;
  }
}

/** Formats an error as `file:line: message`, the form editors and terminals link to. */
export function formatReportError(file: string, error: ReportError): string {
  return `${file}:${error.line}: ${error.message}`;
}

/** Formats any error of the parser on one line: `file:line: message`, `path: message`, or `error: message`. */
export function formatError(source: string, error: unknown): string {
  if (error instanceof ReportError) return formatReportError(source, error);
  if (error instanceof FileError) return `${error.path}: ${error.message}`;
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}
