// A real OpenID Connect provider for the tests: panva's oidc-provider (OpenID Certified), with its
// development sign-in pages (any password), two people and a "groups" claim, and sign-out for the
// site (RP-Initiated Logout, back to the site's /).
//   node provider.mjs PORT CLIENT_ID CLIENT_SECRET SITE_URL [ISSUER] [LISTEN_HOST]
// ISSUER defaults to http://127.0.0.1:PORT; in a container it is the published address while the
// provider listens on 0.0.0.0 inside.
import Provider from "oidc-provider";

const [port, clientId, clientSecret, siteUrl, issuerArg, host = "127.0.0.1"] = process.argv.slice(2);
const issuer = issuerArg || `http://127.0.0.1:${port}`;
const people = {
  ada: { email: "ada@example.org", groups: ["finance"] },
  bob: { email: "bob@example.org", groups: [] },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`${siteUrl}/login/callback`],
      post_logout_redirect_uris: [`${siteUrl}/`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  scopes: ["openid", "email", "profile"],
  claims: { openid: ["sub"], email: ["email"], profile: ["preferred_username", "groups"] },
  findAccount: (ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: id,
      preferred_username: id,
      email: people[id]?.email ?? `${id}@example.org`,
      groups: people[id]?.groups ?? [],
    }),
  }),
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => false },
  cookies: { keys: ["dashfleet-test-only"] },
});

provider.listen(Number(port), host, () => console.log(`oidc-provider on ${host}:${port}, issuer ${issuer}`));
