// What other packages (the web app's browser tests, benchmarks) may use.
export { loadConfig, type Config } from './config.js';
export { createServer, type RunningServer } from './server.js';
export { TEST_PASSWORD } from './db/seeders/test.seeder.js';
