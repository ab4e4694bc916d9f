/** Turn off the categories an e-mail's unsubscribe link names, for the person it names. */
export class UnsubscribeCommand {
  constructor(readonly token: string) {}
}
