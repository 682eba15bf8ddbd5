/** carrierHealth: the carrier's own health check, as the frontend's status page shows it. */
import { Ctx, Field, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';

export enum CarrierHealthStatus {
  UP = 'UP',
  OTHER = 'OTHER',
}

registerEnumType(CarrierHealthStatus, {
  name: 'CarrierHealthStatus',
  description: "The carrier's services tier as its health check reports it.",
  valuesConfig: {
    UP: { description: 'The services tier is up.' },
    OTHER: { description: 'Any other answer (the carrier documents no other value): see statusLabel.' },
  },
});

@ObjectType({
  description:
    "The carrier's health as its health check reports it. An unreachable carrier is an error (UPSTREAM_UNAVAILABLE), not a status.",
})
export class CarrierHealth {
  @Field(() => CarrierHealthStatus, { nullable: true, description: 'UP, or OTHER; null when the carrier sends no status.' })
  status!: CarrierHealthStatus | null;
  @Field(() => String, { nullable: true, description: 'The carrier\'s own status text, e.g. "UP".' }) statusLabel!: string | null;
  @Field(() => Int, { description: 'How long the check took, in milliseconds.' }) latencyMs!: number;
}

@Resolver()
export class CarrierHealthResolver {
  @Query(() => CarrierHealth, {
    nullable: true,
    description: describe(
      "Ask the carrier whether its services are up (never cached; the gateway's /readyz asks the same).",
      '/healthCheck',
    ),
  })
  async carrierHealth(@Ctx() ctx: GatewayContext): Promise<CarrierHealth> {
    const started = performance.now();
    const report = await ctx.api.health.healthCheck();
    const label = report.status ?? null;
    return Object.assign(new CarrierHealth(), {
      status: label === null ? null : label.toUpperCase() === 'UP' ? CarrierHealthStatus.UP : CarrierHealthStatus.OTHER,
      statusLabel: label,
      latencyMs: Math.round(performance.now() - started),
    });
  }
}
