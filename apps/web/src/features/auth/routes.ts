import type { ComponentType } from 'react';

/** Pages open without a session (outside the shell). */
export const publicRoutes: { path: string; page: () => Promise<{ default: ComponentType }> }[] = [
  { path: '/login', page: () => import('./LoginPage.tsx') },
  { path: '/forgot-password', page: () => import('./ForgotPasswordPage.tsx') },
  { path: '/reset-password', page: () => import('./ResetPasswordPage.tsx') },
  { path: '/verify-email', page: () => import('./VerifyEmailPage.tsx') },
  { path: '/signup', page: () => import('../signup/SignupPage.tsx') },
];

export const toLogin = (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login');
export const toForgotPassword = () => '/forgot-password';
