export class GetAgencyQuery {
  constructor(readonly agencyId: string) {}
}
