// Every user-facing message goes through i18next. Catalogues are bundled, so initialisation is synchronous.
import i18next, { type i18n as I18n } from 'i18next';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Translate } from '../core/linter.js';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const CATALOGUES = { en, fr } as const;

const instances = new Map<Locale, I18n>();

export function i18n(locale: Locale): I18n {
  let inst = instances.get(locale);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      lng: locale,
      fallbackLng: 'en',
      initAsync: false,
      resources: { en: { translation: en }, fr: { translation: fr } },
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<I18n['init']>[0]);
    instances.set(locale, inst);
  }
  return inst;
}

/** Picks the message locale: an explicit choice, else LC_ALL / LC_MESSAGES / LANG, else English. */
export function resolveLocale(explicit: string | undefined, env: NodeJS.ProcessEnv = {}): Locale {
  const pick = (v: string | undefined): Locale | undefined => {
    const lang = v?.toLowerCase().split(/[_.@-]/)[0];
    return LOCALES.find((l) => l === lang);
  };
  if (explicit) return pick(explicit) ?? 'en';
  for (const v of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (v && v !== 'C' && v !== 'POSIX') return pick(v) ?? 'en';
  }
  return 'en';
}

/** A `t` for the CLI and reports. */
export function translator(locale: Locale): (key: string, data?: Record<string, unknown>) => string {
  const inst = i18n(locale);
  return (key, data) => inst.t(key, data ?? {}) as string;
}

/**
 * The message renderer for rule findings; throws on a missing key so a typo cannot ship silently. Rendered messages
 * are remembered per key and data (a long text repeats the same few thousand messages), and a message that needs
 * neither nesting (`$t(...)`) nor a plural or a context goes straight to i18next's interpolator: `t` resolves the
 * key, the fallbacks and the options on every call, the costly part of a finding. A test holds the two paths equal.
 */
export function ruleTranslator(locale: Locale): Translate {
  const inst = i18n(locale);
  const { interpolator } = inst.services;
  // Per key: its template when the interpolator alone renders it, else null.
  const templates = new Map<string, string | null>();
  const memo = new Map<string, string>();
  return (ruleId, messageId, data) => {
    const key = `rules.${ruleId}.${messageId}`;
    const memoKey = `${key}${JSON.stringify(data)}`;
    const hit = memo.get(memoKey);
    if (hit !== undefined) return hit;
    let template = templates.get(key);
    if (template === undefined) {
      if (!inst.exists(key)) throw new Error(`missing message ${key}`);
      const raw: unknown = inst.getResource(locale, 'translation', key);
      template = typeof raw === 'string' && !raw.includes('$t(') ? raw : null;
      templates.set(key, template);
    }
    const message =
      template !== null && !('count' in data) && !('context' in data)
        ? interpolator.interpolate(template, data, locale, {})
        : (inst.t(key, data) as string);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(memoKey, message);
    return message;
  };
}

const MEMO_LIMIT = 50_000;
