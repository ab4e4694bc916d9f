import type { FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from '../problem/problem-details';

/** A problem document the edge writes itself, echoing nothing of the request. */
export function edgeProblem(status: number, slug: string, title: string, detail: string): ProblemDetails {
  return { type: problemType(slug), title, status, detail };
}

export function sendProblem(reply: FastifyReply, problem: ProblemDetails): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** The raw HTTP answer for errors found before Fastify has a request (431, 400 from the parser). */
export function rawProblemResponse(problem: ProblemDetails): string {
  const body = JSON.stringify(problem);
  return (
    `HTTP/1.1 ${problem.status} ${problem.title}\r\n` +
    `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'X-Content-Type-Options: nosniff\r\n' +
    'Cache-Control: no-store\r\n' +
    'Connection: close\r\n\r\n' +
    body
  );
}
