import type { Reporter, TestModule } from 'vitest/node';

/** How many files the summary names. */
const SHOWN = 8;

/** Prints the slowest test files at the end of a run, to show where the suite's time goes. */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const files = testModules
      .map((module) => ({ file: module.relativeModuleId, ms: module.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (files.length === 0) return;
    const lines = files.map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}`);
    console.log(`\nSlowest test files:\n${lines.join('\n')}\n`);
  }
}
