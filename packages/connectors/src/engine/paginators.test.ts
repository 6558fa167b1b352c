import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../contract';
import { applyPosition, readItems, readNextLink, readNextPosition } from './paginators';

function response(body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status: 200, headers: new Headers(headers), body };
}

describe('readNextLink', () => {
  it('finds rel="next" among several links, quoted or not', () => {
    const header = '<https://api.x.test/items?page=1>; rel="prev", <https://api.x.test/items?page=3>; rel="next"';
    expect(readNextLink(header)).toBe('https://api.x.test/items?page=3');
    expect(readNextLink('<https://a.test/2>; rel=next')).toBe('https://a.test/2');
    expect(readNextLink('<https://a.test/2>; rel="last"')).toBeUndefined();
    expect(readNextLink(null)).toBeUndefined();
  });
});

describe('offset paginator', () => {
  const paginator = { type: 'offset' as const, offsetParam: 'offset', limitParam: 'limit', hasMorePath: 'pagination.has_more' };

  it('adds offset and limit, and advances by the records received while has_more is true', () => {
    expect(applyPosition({ url: '/c' }, paginator, '200', 100).query).toEqual({ limit: 100, offset: 200 });
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(readNextPosition(response({ pagination: { has_more: true } }), paginator, items, '200', 100)).toBe('250');
    expect(readNextPosition(response({ pagination: { has_more: false } }), paginator, items, '200', 100)).toBeUndefined();
  });

  it('without a has-more flag, a short page ends the read', () => {
    const plain = { type: 'offset' as const, offsetParam: 'skip', limitParam: 'take' };
    expect(readNextPosition(response([]), plain, [1, 2, 3], undefined, 3)).toBe('3');
    expect(readNextPosition(response([]), plain, [1, 2], '3', 3)).toBeUndefined();
  });
});

describe('cursor paginator', () => {
  it('puts the cursor in the body when asked and refuses to loop on the same cursor', () => {
    const paginator = { type: 'cursor' as const, param: 'after', nextPath: 'paging.next.after', location: 'body' as const };
    expect(applyPosition({ url: '/s', method: 'POST', body: { limit: 5 } }, paginator, '10', 5).body).toEqual({ limit: 5, after: '10' });
    expect(() => readNextPosition(response({ paging: { next: { after: '10' } } }), paginator, [1], '10', 5)).toThrow(/did not advance/);
  });
});

describe('graphql paginator', () => {
  const paginator = { type: 'graphql' as const, connectionPath: 'customers', afterVariable: 'after' };

  it('sets the after variable and reads nodes or edges and pageInfo', () => {
    const req = applyPosition({ url: '/graphql', method: 'POST', body: { query: 'q', variables: { first: 2 } } }, paginator, 'c2', 2);
    expect(req.body).toEqual({ query: 'q', variables: { first: 2, after: 'c2' } });
    const body = { data: { customers: { edges: [{ node: { id: 1 } }, { node: { id: 2 } }], pageInfo: { hasNextPage: true, endCursor: 'c4' } } } };
    expect(readItems(response(body), paginator, undefined)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(readNextPosition(response(body), paginator, [], 'c2', 2)).toBe('c4');
  });

  it('turns GraphQL errors without data into an error', () => {
    expect(() => readItems(response({ errors: [{ message: 'no field x' }] }), paginator, undefined)).toThrow(/no field x/);
  });
});
