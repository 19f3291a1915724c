// Refuses absurdly nested GraphQL text before Apollo parses it: graphql-js parses and validates recursively, so a few
// thousand nested braces would end in a stack overflow (an untyped 500) instead of a refusal. The lexer is iterative.
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

export const MAX_NESTING = 64;
const OPEN = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSE = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** The deepest bracket nesting of a GraphQL text, counted up to `cap + 1`; syntax errors are left to the parser (0). */
export function nestingOf(text: string, cap = MAX_NESTING): number {
  const lexer = new Lexer(new Source(text));
  let depth = 0;
  let max = 0;
  try {
    for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
      if (OPEN.has(t.kind)) {
        max = Math.max(max, ++depth);
        if (max > cap) return max;
      } else if (CLOSE.has(t.kind)) depth--;
    }
  } catch {
    return 0;
  }
  return max;
}

@Injectable()
export class GraphqlNestingMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const body = req.body as { query?: unknown } | undefined;
    const query = req.method === 'GET' ? (req.query as { query?: unknown }).query : body?.query;
    if (typeof query !== 'string' || nestingOf(query) <= MAX_NESTING) return next();
    const message = `the query is nested more than ${MAX_NESTING} levels deep`;
    res.status(400).json({ errors: [{ message, extensions: { code: 'QUERY_TOO_DEEP' } }] });
  }
}
