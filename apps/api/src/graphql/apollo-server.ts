import { ApolloServer } from '@apollo/server';
import type { Resolvers } from './generated/resolvers-types';
import { createErrorFormatter } from '../errors/domain-error.graphql';
import { createLimitsPlugin, type QueryLimits } from '../limits/limits.plugin';
import type { GraphqlContext } from './context';
import { buildResolvers } from './resolvers';
import { readTypeDefs } from './type-defs';

export interface ApolloOptions {
  limits: QueryLimits;
  /** NODE_ENV=development: stack traces and internal messages in errors */
  development: boolean;
  /** NODE_ENV=production: no "Did you mean ...?" suggestions in errors */
  production: boolean;
  extraResolvers?: Resolvers[];
}

/**
 * Apollo over the SDL in this folder. Introspection stays on (partners need the schema);
 * field suggestions are off in production; errors go through the one formatter.
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<GraphqlContext> {
  return new ApolloServer<GraphqlContext>({
    typeDefs: readTypeDefs(),
    resolvers: buildResolvers(options.extraResolvers) as never,
    introspection: true,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: options.development,
    formatError: createErrorFormatter({ development: options.development, log: (error) => console.error('api: unexpected error', error) }),
    plugins: [createLimitsPlugin<GraphqlContext>(options.limits)],
  });
}
