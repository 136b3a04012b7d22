// What runs a system on one machine without Nest or TypeORM loaded: free ports, a local
// nats-server, embedded PostgreSQL and the service registry. The launcher's long-lived process
// imports only this (`#linli/platform/local`), so it stays a few tens of megabytes.
export * from './free-port.js';
export * from './nats-server.js';
export * from './nats-cluster.js';
export * from './embedded-postgres.js';
export * from './token-key-pair.js';
export { readPublicKeys } from '../auth/token-keys.js';
export * from '../nest/service-registry.js';
export * from './postgres-replica.js';
