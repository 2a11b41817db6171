import { describe, expect, it } from 'vitest';
import { checkAll, checkErrorMessages, checkPortalPhrases, flatten } from './check-phrases.ts';

describe('check-phrases', () => {
  it('accepts the repository phrases as they are', () => {
    expect(checkAll()).toEqual([]);
  });

  it('flattens nested keys', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' }).keys()]).toEqual(['a.b', 'a.c.d', 'e']);
  });

  it('reports missing and extra portal keys per language', () => {
    const problems = checkPortalPhrases({
      en: { common: { save: 'Save', cancel: 'Cancel' } },
      fr: { common: { save: 'Enregistrer', close: 'Fermer' } },
      ar: { common: { save: 'حفظ', cancel: 'إلغاء' } },
    });
    expect(problems).toEqual(['portal.fr: missing common.cancel', 'portal.fr: extra common.close']);
  });

  it('reports a key that is a group in English but text in a translation', () => {
    const problems = checkPortalPhrases({ en: { a: { b: 'B' } }, fr: { a: 'A' } });
    expect(problems).toEqual(['portal.fr: missing a.b', 'portal.fr: extra a']);
  });

  it('reports empty texts and lost or invented placeholders', () => {
    const problems = checkPortalPhrases({
      en: { hello: 'Hello {{name}}', bye: 'Bye' },
      fr: { hello: 'Bonjour', bye: ' ' },
      ar: { hello: 'مرحبًا {{name}} {{extra}}', bye: 'وداعًا' },
    });
    expect(problems).toEqual([
      'portal.fr: hello: placeholders {} differ from English {name}',
      'portal.fr: bye: empty or not text',
      'portal.ar: hello: placeholders {extra,name} differ from English {name}',
    ]);
  });

  it('reports error codes without a message, a missing or extra language, and unknown codes', () => {
    const problems = checkErrorMessages(
      { A_001: { status: 400 }, A_002: { status: 404 }, A_003: { status: 409 } },
      {
        A_001: { eng: 'Bad {{x}}', fra: 'Mauvais {{x}}', ara: 'سيئ {{x}}' },
        A_002: { eng: 'Missing', fra: 'Absent', deu: 'Fehlt' },
        Z_999: { eng: 'Ghost', fra: 'Fantôme', ara: 'شبح' },
      },
      ['eng', 'fra', 'ara'],
    );
    expect(problems).toEqual([
      'errors: A_002 misses ara',
      'errors: A_002 has an extra language deu',
      'errors: A_003 has no messages',
      'errors: message for unknown code Z_999',
    ]);
  });
});
