import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PublicRoute } from '@csg/auth/nest/route-policy';
import { HealthRegistry } from '@csg/observability';

@ApiExcludeController()
@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  /** The process is up and its event loop answers. */
  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Ready to serve: every database, the broker, every consumer and relay make progress. */
  @Get('ready')
  async ready(@Res() reply: { status(n: number): { send(b: unknown): unknown } }): Promise<void> {
    const result = await this.registry.readiness();
    reply
      .status(result.ok ? 200 : 503)
      .send({ status: result.ok ? 'ok' : 'unavailable', checks: result.checks });
  }
}
