import { TestSystem } from './support/system.js';

/**
 * The built console as the gateway serves it: the page is revalidated on every load (so a new
 * release reaches browsers at once), the bundles it names are cached for good (their names
 * change with their content).
 */
describe('the console as served by the gateway', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ label: 'console-assets', seed: false });
  });

  afterAll(async () => {
    await system?.close();
  });

  it('serves the page with no-cache and its hashed bundles as immutable', async () => {
    const page = await system.anonymous().get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<div id="app">');

    const bundles = [...page.text.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(bundles.some((b) => b.endsWith('.js'))).toBe(true);
    for (const bundle of bundles) {
      const res = await system.anonymous().get(`/${bundle}`).expect(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-type']).toMatch(bundle.endsWith('.js') ? /javascript/ : /text\/css/);
    }
  });

  it('answers an unknown file with 404 and leaves the API to the API', async () => {
    await system.anonymous().get('/assets/no-such-bundle.js').expect(404);
    const docs = await system.anonymous().get('/api/docs-json').expect(200);
    expect(docs.body.paths['/api/v1/organisations/{id}']).toBeDefined();
  });
});
