/**
 * Descriptions speak to the frontend developer; the carrier operations
 * behind a field go on a trailing line of their own, "Carrier: /a, /b.",
 * which the coverage report (schema/COVERAGE.md) reads.
 */

/** `text`, then "Carrier: /op, /op." when operations are given. */
export function describe(text: string, ...operations: `/${string}`[]): string {
  return operations.length === 0 ? text : `${text}\n\nCarrier: ${operations.join(', ')}.`;
}

/** "Carrier: /a, /b." as the last line of a description. */
export const CARRIER_LINE = /(?:^|\n)Carrier: (\/[A-Za-z][A-Za-z0-9]*(?:, \/[A-Za-z][A-Za-z0-9]*)*)\.\s*$/;

/** The operations a description's Carrier line names. */
export function carrierOperationsOf(description: string | null | undefined): string[] {
  const line = CARRIER_LINE.exec(description ?? '');
  return line ? line[1]!.split(', ').map((op) => op.slice(1)) : [];
}
