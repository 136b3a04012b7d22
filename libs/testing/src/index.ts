export * from './test-env.js';
export * from './infra.js';
export * from './service-harness.js';
export * from './http.js';
export * from './factories.js';
export * from './attendance-events.js';
