export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <main className="centered">
      <form className="card" method="post" action="/api/auth/callback/credentials">
        <h1>Sign in to Tributary</h1>
        <p className="lead">Your integration hub: connections, syncs, runs and failed records.</p>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit">Sign in</button>
        {error ? <p className="error" role="alert">Sign-in failed: check your email and password.</p> : null}
      </form>
    </main>
  );
}
