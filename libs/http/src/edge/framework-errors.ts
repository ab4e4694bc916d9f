import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { edgeProblem, rawProblemResponse, sendProblem } from './edge-problem';

/**
 * Errors Fastify's router finds before any route runs: a URL it cannot decode (400) and a path
 * parameter longer than the router allows (414). Problem documents that repeat nothing of the
 * request: no path, no parameter.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH' || error.statusCode === 414) {
    sendProblem(reply, edgeProblem(414, 'uri-too-long', 'URI too long', 'The request URI is too long.'));
    return;
  }
  sendProblem(reply, edgeProblem(400, 'bad-request', 'Bad request', 'The request URL is malformed.'));
}

/**
 * Errors Node's HTTP parser finds before Fastify sees a request: headers over the size limit
 * (431) and anything unparseable (400), answered on the socket as problem documents.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? edgeProblem(
          431,
          'headers-too-large',
          'Request header fields too large',
          'The request headers are too large.',
        )
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? edgeProblem(408, 'request-timeout', 'Request timeout', 'The request took too long to arrive.')
        : edgeProblem(400, 'bad-request', 'Bad request', 'The request could not be parsed.');
  if (socket.writable) socket.write(rawProblemResponse(problem));
  socket.destroy(error);
}
