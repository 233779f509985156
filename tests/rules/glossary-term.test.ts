import rule from '../../src/rules/glossary-term.js';
import { yamlGlossary } from '../helpers/glossary.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tech = yamlGlossary(`
name: tech
entries:
  - term: GigaChat
    variants: [Gigachat, Giga Chat]
    case: exact
    note: Sber's chatbot brand.
  - term: YandexGPT
    variants: [Yandex GPT]
    case: exact
  - term: iPhone
    case: exact
  - term: LinkedIn
    variants: [Linked In]
    fix: suggest
`);
const names = yamlGlossary(`
name: names-fr
sourceLanguages: [fr]
entries:
  - term: Putin
    variants: [Poutine]
    category: name
`);

ruleTester(
  rule,
  {
    valid: [
      'GigaChat and YandexGPT are chatbots.',
      { code: 'The iPhone sold well.', name: 'the term itself' },
      { code: 'Gigachatter is not a brand.', name: 'inside a longer word' },
      { code: 'Run `Gigachat` now, see https://example.com/Gigachat.', name: 'code and URLs' },
      { code: 'Poutine is a dish from Quebec.', sourceLang: 'ru', name: 'a source-bound glossary for another source' },
      { code: 'Poutine is a dish from Quebec.', name: 'a source-bound glossary with an unknown source' },
    ],
    invalid: [
      {
        code: 'Sberbank presented a new version of Gigachat, while Yandex GPT lags.',
        errors: [
          { messageId: 'variantNote', text: 'Gigachat', fix: 'GigaChat', severity: 'major', suggestions: ['GigaChat'] },
          { messageId: 'variant', text: 'Yandex GPT', fix: 'YandexGPT' },
        ],
        output: 'Sberbank presented a new version of GigaChat, while YandexGPT lags.',
      },
      {
        code: "Gigachat's answers and Yandex\u00a0GPT's and Yandex\nGPT.",
        errors: [{ text: 'Gigachat', fix: 'GigaChat' }, { text: 'Yandex\u00a0GPT', fix: 'YandexGPT' }, { text: 'Yandex\nGPT', fix: null }],
        output: "GigaChat's answers and YandexGPT's and Yandex\nGPT.",
        name: 'possessives kept, any whitespace, no fix across a line break',
      },
      {
        code: 'Iphone sales rose. The IPhone and the iphone.',
        errors: [
          { messageId: 'casing', text: 'Iphone', fix: 'iPhone' },
          { messageId: 'casing', text: 'IPhone', fix: 'iPhone' },
          { messageId: 'casing', text: 'iphone', fix: 'iPhone' },
        ],
        output: 'iPhone sales rose. The iPhone and the iPhone.',
        name: 'case: exact, at the start of a sentence too',
      },
      {
        code: 'Find us on Linked In.',
        errors: [{ text: 'Linked In', fix: null, suggestions: ['LinkedIn'] }],
        output: null,
        name: 'fix: suggest gives a suggestion only',
      },
      {
        code: 'Poutine met the press.',
        sourceLang: 'fr',
        errors: [{ text: 'Poutine', fix: 'Putin' }],
        output: 'Putin met the press.',
        name: 'a name glossary for the declared source',
      },
    ],
  },
  { glossaries: [tech, names] },
);
