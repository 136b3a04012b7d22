import { readFileSync } from 'node:fs';
import { CONSOLE_CLIENT_TYPES, consoleClientTypes } from './console-client.js';

describe('the console API client types', () => {
  it('are those of the current OpenAPI document (run `npm run api:client` after changing the API)', async () => {
    const committed = readFileSync(CONSOLE_CLIENT_TYPES, 'utf8');
    const current = await consoleClientTypes();
    expect(current.includes('"/api/v1/organisations/{id}"')).toBe(true);
    if (current !== committed) {
      throw new Error(`${CONSOLE_CLIENT_TYPES} is out of date with the API: run \`npm run api:client\` and commit it.`);
    }
  });
});
