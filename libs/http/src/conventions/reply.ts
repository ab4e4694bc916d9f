/** The Fastify reply of a route (`@Res({ passthrough: true })`), as far as controllers use it. */
export interface Reply {
  header(name: string, value: string): unknown;
}
