import { Controller, Get, Module } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthModule } from './auth.module';
import { Policy, PublicRoute, SignedIn } from './route-policy';
import { RouteTable, UndeclaredRoutePolicyError } from './route-table';

@Controller('declared')
class DeclaredController {
  @Get()
  @PublicRoute()
  list(): string {
    return 'ok';
  }

  @Get(':id')
  @Policy(SignedIn())
  one(): string {
    return 'ok';
  }
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  leak(): string {
    return 'secret';
  }
}

const devEnv = () => ({ AUTH_MODE: 'dev', AUTH_DEV_DATA_DIR: mkdtempSync(join(tmpdir(), 'route-table-')) });

async function boot(...controllers: Array<new (...args: never[]) => unknown>) {
  @Module({ imports: [AuthModule.forRoot(devEnv())], controllers })
  class AppModule {}
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication(new FastifyAdapter(), { abortOnError: false, logger: false });
  await app.init();
  return app;
}

describe('RouteTable', () => {
  it('lets a process start when every route declares its policy, and lists them', async () => {
    const app = await boot(DeclaredController);
    const routes = app
      .get(RouteTable)
      .routes()
      .filter((r) => r.path.startsWith('declared'));
    expect(routes.map((r) => `${r.method} ${r.path} ${r.policies?.map((p) => p.kind).join()}`)).toEqual([
      'GET declared public',
      'GET declared/:id authenticated',
    ]);
    await app.close();
  });

  it('refuses to start a process with a route that declares no policy (deny by default)', async () => {
    await expect(boot(DeclaredController, ForgottenController)).rejects.toThrow(UndeclaredRoutePolicyError);
    await expect(boot(ForgottenController)).rejects.toThrow(/GET \/forgotten \(ForgottenController\.leak\)/);
  });
});
