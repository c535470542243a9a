/**
 * Ends every run with the plain line CI reads: "N passed, N failed". Written when the process
 * exits, so that it comes after Jest's own summary.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`
    process.once('exit', () => process.stdout.write(line))
  }
}
module.exports = SummaryReporter
