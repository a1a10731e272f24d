/**
 * Budgets for `npm run bench`: each bench prints its figures, then checks the ones that matter
 * against a limit. Over budget prints the figure and sets a failing exit code (the run goes on, so
 * every figure is still printed). Time budgets are generous on purpose: the machines are noisy.
 */
export interface BudgetCheck {
  name: string;
  value: number;
  limit: number;
  unit: string;
}

const results: BudgetCheck[] = [];

export function checkBudget(name: string, value: number, limit: number, unit: string): void {
  results.push({ name, value, limit, unit });
}

/** Prints every check and sets process.exitCode = 1 when one is over its limit. */
export function reportBudgets(): void {
  if (results.length === 0) return;
  console.log("\nBudgets");
  for (const check of results) {
    const over = check.value > check.limit;
    const value = Number.isInteger(check.value) ? String(check.value) : check.value.toFixed(1);
    console.log(
      `  ${over ? "OVER" : "ok  "}  ${check.name.padEnd(48)} ${value.padStart(9)} ${check.unit} (budget ${check.limit} ${check.unit})`,
    );
    if (over) process.exitCode = 1;
  }
}
