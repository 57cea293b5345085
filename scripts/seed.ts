import { seedConsole } from "@/lib/seed/seed-console";

/** `npm run db:seed`: first admin and demo data, once. Safe to run again: it adds nothing the second time. */
seedConsole({ log: (line) => console.log(line) })
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
