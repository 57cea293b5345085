/** A small simulated fleet for the demo groups (filled by the ingestion module); null when skipped. */
export async function seedDemoFleet(_groups: { id: string; name: string }[]): Promise<{ users: number; devices: number; events: number } | null> {
  return null;
}
