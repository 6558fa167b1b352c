import { SignInForm } from './signin-form';

export default function SignInPage() {
  return (
    <main className="centered">
      <SignInForm />
    </main>
  );
}
