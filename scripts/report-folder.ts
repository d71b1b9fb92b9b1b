import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { reportSettingsSchema, type ReportSettings } from '../src/schemas/settings.ts';

/** The report the site publishes when REPORT names no other folder. */
export const DEFAULT_REPORT = 'content/source';

/** A report's folder and its two files: the text, and the optional settings. */
export interface ReportFolder {
  folder: string;
  /** report.txt: the report's text, the single source of truth. */
  text: string;
  /** report.yaml: what the text cannot tell (the site's address, misprints to mark). */
  settings: string;
}

/** The folder of the report to publish: REPORT, or the default one. */
export function reportFolder(folder = process.env.REPORT || DEFAULT_REPORT): ReportFolder {
  if (!existsSync(folder)) throw new Error(`${folder}: no such folder (REPORT names the folder that holds report.txt)`);
  if (!statSync(folder).isDirectory()) throw new Error(`${folder}: not a folder (REPORT names the folder that holds report.txt)`);
  return { folder, text: join(folder, 'report.txt'), settings: join(folder, 'report.yaml') };
}

/** Whether an address is a stand-in, not where a release is published: example.org and the like, localhost. */
export function isPlaceholder(address: string): boolean {
  const host = new URL(address).hostname;
  return /(^|\.)example(\.(org|com|net))?$|^localhost$|^127\./.test(host);
}

/** Reads a report.yaml; a missing file means no settings, a malformed one is an error naming the file and line. */
export function readSettings(path: string): ReportSettings {
  if (!existsSync(path)) return reportSettingsSchema.parse({});
  const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: false });
  const [error] = document.errors;
  if (error) throw new Error(`${path}:${error.linePos?.[0].line ?? 1}: not valid YAML: ${error.message.split('\n')[0]}`);
  const result = reportSettingsSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // Point at the line of the offending key, or of the nearest entry above it that the document has (a missing key's entry).
  const keys = issue.path as (string | number)[];
  const node = keys
    .map((_, i) => document.getIn(keys.slice(0, keys.length - i), true) as { range?: [number, number] } | undefined)
    .find((n) => n?.range);
  const offset = node?.range?.[0];
  const line = offset === undefined ? 1 : readFileSync(path, 'utf8').slice(0, offset).split('\n').length;
  throw new Error(`${path}:${line}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}
