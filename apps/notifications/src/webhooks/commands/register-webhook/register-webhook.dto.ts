import { TLP_MARKINGS } from '@csg/contracts';
import { StringField, TextField, UuidField } from '@csg/http';
import { ClearanceField, EventTypesField } from '../../../integrations/commands/integration-fields';

/** `POST /webhooks` */
export class RegisterWebhookDto {
  /** Checked by the webhook target rules (a 422 names what is wrong), not as text here. */
  @StringField({ maxLength: 2_000, example: 'https://soc.example.gov.pk/csg-hooks' })
  url: string;

  @EventTypesField()
  eventTypes: string[];

  @UuidField({
    optional: true,
    description: 'the owning agency (its agency-admin registers it); absent: the platform',
  })
  agencyId?: string;

  @ClearanceField('webhook')
  tlpClearance?: (typeof TLP_MARKINGS)[number];

  @TextField({ max: 500, optional: true })
  description?: string;
}
