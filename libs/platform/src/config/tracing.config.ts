import { IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** How a process traces; the gateway's and every service's config extend it. */
export class TracingConfig {
  /**
   * OTLP/HTTP collector (`http://collector:4318`): traces are exported to `<endpoint>/v1/traces`.
   * Unset or empty, no tracing SDK is loaded and the request path makes no spans.
   */
  @IsOptional()
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** The `service.name` of this process's traces; by default its own name (`gateway`, `organisations`, …). */
  @IsOptional()
  @IsString()
  OTEL_SERVICE_NAME?: string;

  /** Share of new traces kept, 0 to 1; a request that arrives traced keeps its caller's decision. */
  @IsNumber()
  @Min(0)
  @Max(1)
  OTEL_TRACES_SAMPLER_ARG: number = 1;
}
