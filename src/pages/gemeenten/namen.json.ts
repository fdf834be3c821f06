import { pickEntries } from '../../places/picker-data';

/** The picker's name list, fetched by src/scripts/picker.ts on first use. */
export function GET() {
  return new Response(JSON.stringify(pickEntries), { headers: { 'Content-Type': 'application/json' } });
}
