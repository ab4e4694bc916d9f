import { StringField } from '@csg/http';

/** `?token=` of an unsubscribe link (ADR 0054): two base64url parts. */
export class UnsubscribeLinkDto {
  @StringField({
    maxLength: 512,
    pattern: /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/,
    description: 'the signed token of the link the e-mail carried',
  })
  token: string;
}
