/** The CLI's one error edge: a one-line message on stderr and a non-zero exit code. */
export function handleError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`innograph: ${message}\n`);
  process.exit(1);
}
