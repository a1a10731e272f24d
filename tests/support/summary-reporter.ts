import type { Reporter, TestCase, TestModule, TestSuite } from "vitest/node";

/**
 * Prints one closing line, `N passed, N failed, N skipped`, that CI reads. Errors outside tests count
 * as failures so they can never pass silently: a failed `beforeAll` makes vitest report the tests it
 * guarded as skipped, so those count as failed; a file that fails to load with no tests counts once;
 * unhandled errors count once each.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const tally = (test: TestCase, guardFailed: boolean) => {
      const state = test.result().state;
      if (state === "passed") passed += 1;
      else if (state === "failed" || guardFailed) failed += 1;
      else skipped += 1;
    };
    const walk = (suite: TestModule | TestSuite, guardFailed: boolean) => {
      const failedHere = guardFailed || suite.errors().length > 0;
      for (const child of suite.children) {
        if (child.type === "test") tally(child, failedHere);
        else walk(child, failedHere);
      }
    };
    for (const module of testModules) {
      const before = failed;
      const tests = [...module.children.allTests()].length;
      walk(module, false);
      if (module.state() === "failed" && failed === before && tests === 0) failed += 1;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
