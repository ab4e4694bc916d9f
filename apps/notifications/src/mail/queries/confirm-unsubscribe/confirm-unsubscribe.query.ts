/** What an unsubscribe link would turn off, asked before anything is changed. */
export class ConfirmUnsubscribeQuery {
  constructor(readonly token: string) {}
}
