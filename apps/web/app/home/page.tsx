import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { queryApi } from '../../lib/api-client';
import { authOptions } from '../../lib/auth-options';
import { SignOutButton } from './sign-out-button';

export const dynamic = 'force-dynamic';

interface ViewerData {
  viewer: { user: { name: string; email: string } | null; tenant: { name: string } | null; role: string | null };
}

export default async function HomePage() {
  const session = await getServerSession(authOptions);
  if (!session) redirect('/signin');
  const { viewer } = await queryApi<ViewerData>('query Home { viewer { user { name email } tenant { name } role } }');
  return (
    <main className="centered">
      <section className="card">
        <h1>Welcome, {viewer.user?.name}</h1>
        <p className="lead">
          Signed in as {viewer.user?.email} — <strong>{viewer.role?.toLowerCase()}</strong> of <strong>{viewer.tenant?.name}</strong>.
        </p>
        <SignOutButton />
      </section>
    </main>
  );
}
