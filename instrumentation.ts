/** Runs once when the server starts: a bad configuration stops it here, naming the variable. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("@/lib/boot/validate-env");
  const { startJobs } = await import("@/lib/boot/start-jobs");
  startJobs();
}
