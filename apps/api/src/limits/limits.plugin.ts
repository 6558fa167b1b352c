import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { checkAliases } from './alias-count.rule';
import { readOperationInput, type LimitViolation } from './operation-input';
import { checkPageSizes } from './page-size.rule';
import { checkCost, measureCost } from './query-cost.rule';
import { checkDepth } from './query-depth.rule';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

function rejection(violation: LimitViolation, cost: { requested: number; maximum: number } | null): GraphQLError {
  return new GraphQLError(violation.message, { extensions: { code: violation.code, ...(cost ? { cost } : {}), http: { status: 400, headers: new Map() } } });
}

/**
 * Depth, alias, page-size and cost limits, checked once the operation is parsed and
 * validated and before anything runs (HTTP 400 when exceeded). Every response carries
 * the computed cost in `extensions.cost`.
 */
export function createLimitsPlugin<Context extends object>(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: { requested: number; maximum: number } | null = null;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const input = readOperationInput(schema, document, operation, request.variables);
          const early = checkDepth(input, limits.maxDepth) ?? checkAliases(input, limits.maxAliases) ?? checkPageSizes(input);
          if (early) throw rejection(early, null);
          cost = { requested: measureCost(input), maximum: limits.maxCost };
          const costly = checkCost(cost.requested, limits.maxCost);
          if (costly) throw rejection(costly, cost);
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
