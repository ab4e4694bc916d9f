import { Client } from 'pg';

/**
 * A LISTEN connection that comes back after the database does. Notifications only wake pollers
 * early; the pollers' own intervals cover whatever is missed while it reconnects.
 */
export class PgListener {
  private running = false;
  private client?: Client;
  private loop?: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly applicationName: string,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.client?.end().catch(() => undefined);
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const client = new Client({ connectionString: this.url, application_name: this.applicationName });
      this.client = client;
      const closed = new Promise<void>((resolve) => {
        client.on('error', () => resolve());
        client.on('end', () => resolve());
      });
      try {
        await client.connect();
        client.on('notification', () => this.onNotify());
        await client.query(`LISTEN ${this.channel}`);
        this.onNotify();
        await closed;
      } catch {
        // the database is away; try again shortly
      } finally {
        await client.end().catch(() => undefined);
      }
      if (this.running) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
