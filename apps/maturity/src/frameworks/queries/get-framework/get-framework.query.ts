export class GetFrameworkQuery {
  constructor(readonly frameworkId: string) {}
}
