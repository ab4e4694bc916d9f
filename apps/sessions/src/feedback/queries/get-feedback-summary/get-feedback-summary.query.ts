export class GetFeedbackSummaryQuery {
  constructor(readonly sessionId: string) {}
}
