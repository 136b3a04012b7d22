// `npm run api:client`: regenerates the console's API types from the gateway's OpenAPI document.
import { writeFileSync } from 'node:fs';
import { CONSOLE_CLIENT_TYPES, consoleClientTypes } from '../../gateway/src/console-client.js';

writeFileSync(CONSOLE_CLIENT_TYPES, await consoleClientTypes());
console.log(`Wrote ${CONSOLE_CLIENT_TYPES}`);
process.exit(0);
