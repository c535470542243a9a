// Runs in each integration worker before any test module: point the Payload config at this run's database.
if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
