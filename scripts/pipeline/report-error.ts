/** An error in the report text, tied to the line a user must fix. */
export class ReportError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.name = 'ReportError';
    this.line = line;
  }
}

/** Formats an error as `file:line: message`, the form editors and terminals link to. */
export function formatReportError(file: string, error: ReportError): string {
  return `${file}:${error.line}: ${error.message}`;
}
