/** Demo delivery groups (filled by the policies module). Returns the groups created. */
export async function seedDemoGroups(): Promise<{ id: string; name: string }[]> {
  return [];
}
