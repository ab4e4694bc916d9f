export class ListFrameworksQuery {
  constructor(
    readonly limit: number,
    readonly afterId: string | undefined,
  ) {}
}
