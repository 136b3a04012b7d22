/** Environment keys the global setup hands to test workers. */
export const TEST_ENV = {
  adminUrl: 'LINLI_TEST_PG_ADMIN_URL',
  runId: 'LINLI_TEST_RUN_ID',
} as const;
