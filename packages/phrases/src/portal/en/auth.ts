/** Sign-in, forgotten and reset password, e-mail verification. */
export const auth = {
  login: {
    title: 'Sign in to Partner Management',
    intro: 'Use the account given to you by your organisation or the programme administrator.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    failed: 'Sign-in failed',
    session_ended: 'Your session has ended. Please sign in again.',
  },
  forgot: {
    title: 'Forgot your password',
    intro:
      'Give your username or e-mail address. If an account matches, we send a link to reset the password.',
    identifier: 'Username or e-mail address',
    submit: 'Send the reset link',
    sent: 'If an account matches, a reset link is on its way. Check your mailbox.',
    back_to_login: 'Back to sign-in',
  },
  reset: {
    title: 'Choose a new password',
    new_password: 'New password',
    confirm_password: 'Repeat the new password',
    mismatch: 'The two passwords differ.',
    submit: 'Set the new password',
    done: 'Your password was changed. You can sign in with it now.',
    missing_token: 'This link is incomplete. Ask for a new reset link.',
    rule: 'At least {{min}} characters.',
  },
  verify: {
    title: 'E-mail verification',
    working: 'Checking your link…',
    done: 'Your e-mail address is verified.',
    missing_token: 'This link is incomplete. Open the link from the e-mail again.',
  },
};
