import { TLP_MARKINGS } from '@csg/contracts';
import { TextField, UuidField } from '@csg/http';
import { ClearanceField, EventTypesField } from '../integration-fields';

/** `POST /integrations/clients` */
export class IssueIntegrationClientDto {
  @TextField({ max: 200, example: 'SOC event collector' })
  name: string;

  @EventTypesField()
  eventTypes: string[];

  @UuidField({
    optional: true,
    description: 'the owning agency (its agency-admin creates it); absent: the platform',
  })
  agencyId?: string;

  @ClearanceField('client')
  tlpClearance?: (typeof TLP_MARKINGS)[number];
}
