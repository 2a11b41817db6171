import type { BenchScenario } from '../scenario.ts';
import { platformScenario } from './platform.ts';

/**
 * Every scenario by name. Feature scenarios live in their own file here and are listed in `catalogue`
 * (loaded lazily so one broken scenario does not stop the others).
 */
const catalogue: Record<string, () => Promise<BenchScenario>> = {
  platform: async () => platformScenario,
  policies: async () => (await import('./policies.ts')).policiesScenario,
  partners: async () => (await import('./partners.ts')).partnersScenario,
  certificates: async () => (await import('./certificates.ts')).certificatesScenario,
};

export async function loadScenarios(names?: string[]): Promise<BenchScenario[]> {
  const chosen = names?.length ? names : Object.keys(catalogue);
  const out: BenchScenario[] = [];
  for (const name of chosen) {
    const load = catalogue[name];
    if (!load) throw new Error(`unknown scenario ${name}; known: ${Object.keys(catalogue).join(', ')}`);
    out.push(await load());
  }
  return out;
}
