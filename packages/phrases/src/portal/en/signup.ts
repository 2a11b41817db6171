/** Public partner sign-up and the terms-of-use consent asked once before first use. */
export const signup = {
  title: 'Become a partner',
  intro: 'Create your partner account. You will confirm your e-mail address before you can sign in.',
  have_account: 'Already registered?',
  sign_in: 'Sign in',
  link_from_login: 'New partner? Create an account',
  step_type: 'Partner type',
  step_type_intro: 'Choose what your organisation does with the identity platform.',
  step_details: 'Your details',
  next: 'Continue',
  change_type: 'Change partner type',
  chosen_type: 'Partner type: {{type}}',
  needs_policy: 'Uses policies from a policy group',
  no_policy: 'No policy group needed',
  types: {
    auth_partner: {
      title: 'Authentication partner',
      description: 'Authenticates residents (OTP, biometrics, eKYC) and uses authentication policies.',
    },
    device_provider: {
      title: 'Device provider',
      description: 'Supplies biometric devices and their secure biometric interface (SBI).',
    },
    credential_partner: {
      title: 'Credential partner',
      description: 'Receives and issues identity credentials through data-share policies.',
    },
    ftm_provider: {
      title: 'FTM chip provider',
      description: 'Supplies the foundational trust module chips used in biometric devices.',
    },
    online_verification_partner: {
      title: 'Online verification partner',
      description: 'Verifies identity data online for relying parties, with authentication policies.',
    },
    abis_partner: {
      title: 'ABIS partner',
      description: 'Runs the automated biometric identification system that de-duplicates records.',
    },
    manual_adjudication: {
      title: 'Manual adjudication partner',
      description: 'Reviews biometric matches by hand when the automated system cannot decide.',
    },
    misp_partner: {
      title: 'MISP partner',
      description: 'Infrastructure service provider that connects authentication partners.',
    },
    sdk_partner: {
      title: 'SDK partner',
      description: 'Supplies biometric software development kits (quality checks, matching).',
    },
    print_partner: {
      title: 'Print partner',
      description: 'Prints identity cards from the credentials it receives.',
    },
    binding_partner: {
      title: 'Binding partner',
      description: 'Binds a resident’s wallet or device key to their identity.',
    },
    other: {
      title: '{{code}}',
      description: 'Partner type {{code}}.',
    },
  },
  fields: {
    organization: 'Organisation name',
    partner_id: 'Partner ID',
    partner_id_hint: 'Your organisation’s id on the platform: no spaces, at most {{max}} characters.',
    username: 'Username',
    username_hint: 'You sign in with it; at least 3 characters.',
    email: 'E-mail address',
    first_name: 'First name',
    last_name: 'Last name',
    phone: 'Phone number',
    phone_hint: 'At most {{max}} characters.',
    address: 'Address',
    language: 'Preferred language',
    password: 'Password',
    password_confirm: 'Confirm the password',
    policy_group: 'Policy group',
    policy_group_hint:
      'The policies you can request come from this group. One group per partner ID: choose carefully.',
    policy_group_none: 'No active policy group is available. Please contact the administrator.',
    website: 'Leave this field empty',
  },
  sections: {
    organisation: 'Organisation',
    contact: 'Contact person',
    account: 'Account',
  },
  strength: {
    label: 'Password strength: {{level}}',
    weak: 'weak',
    fair: 'fair',
    good: 'good',
    strong: 'strong',
    hint: 'Use at least {{min}} characters; mix upper and lower case, digits and symbols.',
  },
  passwords_differ: 'The passwords are not the same.',
  required: 'Required.',
  submit: 'Create my account',
  submitting: 'Creating your account…',
  failed: 'The account could not be created',
  load_error: 'The sign-up form could not be loaded.',
  done_title: 'Check your mailbox',
  done_text:
    'We sent a message to {{email}}. Open the link in it to confirm your address, then sign in as {{userName}}.',
  done_partner:
    'Your partner ID is {{partnerId}}. An administrator activates it after your certificate is accepted.',
  consent: {
    title: 'Terms and conditions',
    intro: 'Before you use the partner portal, please read and accept the terms.',
    body_1:
      'The platform stores your name, phone number, e-mail address, organisation and address to manage your partnership, and shows them to its administrators.',
    body_2:
      'Requests you make (certificates, policies, credentials) and the decisions on them are recorded in an audit log.',
    body_3: 'You keep your credentials secret and tell the administrator at once if they may be compromised.',
    accept: 'I have read the terms and conditions and I consent to them.',
    proceed: 'Proceed',
    decline: 'If you do not wish to proceed, you can sign out.',
    sign_out: 'Sign out',
    accepted: 'Thank you, your consent is recorded.',
    load_error: 'Your consent could not be checked.',
  },
};
