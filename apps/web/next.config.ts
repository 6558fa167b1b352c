import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // the portal talks to the API over GraphQL only; no workspace package is bundled
  typedRoutes: false,
};

export default config;
