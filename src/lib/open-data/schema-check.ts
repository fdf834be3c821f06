import { Ajv } from 'ajv';

/**
 * Problems of exported records against their published JSON Schema, one line per
 * problem naming the record and the field. The build refuses to publish any data file
 * while this list is not empty.
 */
export function schemaProblems(label: string, schema: Record<string, unknown>, records: ({ id: string } & Record<string, unknown>)[]): string[] {
  const validate = new Ajv({ allErrors: true, strict: true }).compile<unknown>(schema);
  const problems: string[] = [];
  for (const r of records) {
    if (validate(r as unknown)) continue;
    for (const e of validate.errors ?? []) problems.push(`${label}/${r.id}: ${e.instancePath || '/'} ${e.message}`);
  }
  return problems;
}
