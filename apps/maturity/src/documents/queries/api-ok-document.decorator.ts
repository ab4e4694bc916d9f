import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** 200 with a document of `mediaType`: SVG as text, anything else as binary. */
export function ApiOkDocument(mediaType: string, description: string): MethodDecorator {
  const schema = mediaType.startsWith('image/svg')
    ? { type: 'string' }
    : { type: 'string', format: 'binary' };
  return applyDecorators(
    ApiProduces(mediaType),
    ApiOkResponse({ description, content: { [mediaType]: { schema } } }),
  );
}
