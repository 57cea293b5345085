export function DatabaseUnavailable() {
  return (
    <div role="alert" className="mx-auto mt-24 max-w-lg rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-800 dark:bg-red-950/40">
      <h1 className="text-lg font-semibold">The console cannot reach its database</h1>
      <p className="mt-2 text-sm">
        Nothing was changed. Check that PostgreSQL is running and DATABASE_URL is right; this page works again as soon as the
        database answers. <a className="underline" href="/api/health">Health status</a>
      </p>
    </div>
  );
}
