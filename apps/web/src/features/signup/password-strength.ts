export type Strength = 'weak' | 'fair' | 'good' | 'strong';

/** A rough strength hint (length and character classes); the server's password policy decides. */
export function passwordStrength(value: string, min: number): Strength {
  if (value.length < min) return 'weak';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  const score = classes + (value.length >= min + 4 ? 1 : 0) + (value.length >= min * 2 ? 1 : 0);
  if (score >= 5) return 'strong';
  if (score >= 4) return 'good';
  if (score >= 2) return 'fair';
  return 'weak';
}

export const strengthValue: Record<Strength, number> = { weak: 25, fair: 50, good: 75, strong: 100 };
export const strengthColour: Record<Strength, string> = {
  weak: 'red',
  fair: 'orange',
  good: 'teal',
  strong: 'green',
};
