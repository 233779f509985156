import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/run.js';
import rule from '../../src/rules/space-before-punctuation.js';
import { ruleTester } from '../helpers/rule-tester.js';

describe('space-before-punctuation messages name the target language', () => {
  const message = (code: string, lang: string, locale: 'en' | 'fr' = 'en') => checkText(code, { rules: [rule], lang, locale })[0]?.message;
  it('in English, as before', () => {
    expect(message('Really ?', 'en')).toBe('Space before “?”: English puts none there.');
  });
  it('in German, Russian and Spanish', () => {
    expect(message('Wirklich ?', 'de')).toBe('Space before “?”: German puts none there.');
    expect(message('Правда ?', 'ru')).toBe('Space before “?”: Russian puts none there.');
    expect(message('Dijo ( hola) hoy', 'es')).toBe('Space after “(”: Spanish puts none there.');
    expect(message('Wirklich ?', 'de', 'fr')).toBe('Espace avant « ? » : la typographie allemande n’en met pas.');
  });
  it('leaves the French space before ; : ! ? to french-spacing', () => {
    expect(checkText('Vraiment ? Oui : non ; si !', { rules: [rule], lang: 'fr' })).toEqual([]);
    expect(message('Un pêcheur , qui', 'fr', 'fr')).toBe('Espace avant « , » : la typographie française n’en met pas.');
  });
});

ruleTester(rule, {
  valid: [
    'Already a subscriber? Log in (or register) here: it is free, quick; and safe!',
    { code: 'The meeting starts at 10:30 and the ratio is 3:1.', name: 'times and ratios' },
    { code: 'Italy won 3 : 1 at 10 : 30 in the evening, see John 3 : 16.', name: 'spaced ratios, times, verses' },
    { code: 'Thanks a lot :) See you soon ;-) or not :-( and :D okay :P', name: 'emoticons' },
    { code: 'I was sad :( but then happy :)So there.', name: 'emoticons glued to the next word' },
    { code: 'Kaomoji ( ^_^ ) and ( ; ) are not brackets of prose.', name: 'brackets without letters' },
    { code: 'Waiting ._. for nothing.', name: 'the ._. face' },
    { code: '1. First item\n2. Second item\na) third\n(a) fourth\n- fifth', name: 'list markers' },
    { code: '- [ ] task\n- [x] done\n- [ X ] done too', format: 'markdown', name: 'task list checkboxes' },
    { code: 'Yes ( ) No ( x ) Maybe [ ]', name: 'form checkboxes and empty brackets' },
    { code: 'He paused ... and then left. And . . . nothing. Really ... .', name: 'ellipses' },
    { code: '... and then it began.', name: 'an ellipsis that starts a sentence' },
    { code: 'Open the .txt file in .NET and visit example .com; it is .5 percent bigger.', name: 'leading-dot tokens' },
    { code: 'Use the :smile: code, the !important flag and the ?query part.', name: 'tokens that start with a mark' },
    { code: 'Run `ls -la ;` or `f( x )` here.', format: 'markdown', name: 'code spans' },
    { code: 'See https://example.com/page .', name: 'a mark kept out of a URL' },
    { code: '### s.append( content )\n\nCall trim([ chars ]) now.', format: 'markdown', name: 'calls and signatures' },
    { code: 'Benchmark :: basic', name: 'a double colon' },
    { code: 'A list, , and more; . Then , . Or : ? And , , too.', name: 'double punctuation is dangling-punctuation' },
    { code: 'The end )', name: 'a closing bracket with no opening one' },
    { code: '  , indented continuation', name: 'a mark at the start of a line' },
    { code: 'Prices rose – sharply – in May.', name: 'a spaced en dash' },
    // Other targets: German, Russian and Spanish put no space there either; French is french-spacing's.
    { code: 'Schon Abonnent? Hier anmelden: es ist kostenlos; und sicher!', lang: 'de', name: 'German without spaces' },
    { code: 'Уже подписаны? Войдите: это бесплатно; и быстро!', lang: 'ru', name: 'Russian without spaces' },
    { code: '¿Ya es suscriptor? Entre aquí: es gratis; y seguro.', lang: 'es', name: 'Spanish without spaces' },
    { code: 'Déjà abonné\u202f? Connectez-vous ici\u00a0: c’est gratuit\u202f; et sûr\u202f!', lang: 'fr', name: 'French spacing is right in French' },
    { code: 'Déjà abonné ? Connectez-vous ici : c’est gratuit ; et sûr !', lang: 'fr', name: 'French: breaking spaces are french-spacing’s, not this rule’s' },
    { code: 'Der Zug fährt um 10 : 30 ab, Endstand 3 : 1 :)', lang: 'de', name: 'German times, scores and emoticons' },
    { code: 'Это «Газпром» ( ^_^ ) и ... и всё.', lang: 'ru', name: 'Russian kaomoji and ellipses' },
  ],
  invalid: [
    {
      code: 'Already a subscriber ?',
      errors: [{ messageId: 'before', text: ' ?', start: 20, end: 22, fix: '' }],
      output: 'Already a subscriber?',
    },
    {
      code: 'So far , more than 272,000 infections have been registered in Spain .',
      errors: [
        { messageId: 'before', text: ' ,', column: 7, fix: '' },
        { messageId: 'before', text: ' .', fix: '' },
      ],
      output: 'So far, more than 272,000 infections have been registered in Spain.',
    },
    {
      code: 'The samples were analysed by infrared spectroscopy ( FTIR ) .',
      errors: [
        { messageId: 'after', text: '( ', fix: '' },
        { messageId: 'before', text: ' )', fix: '' },
        { messageId: 'before', text: ' .', fix: '' },
      ],
      output: 'The samples were analysed by infrared spectroscopy (FTIR).',
    },
    {
      code: 'Note : the office is closed ; come back tomorrow !',
      errors: [{ text: ' :' }, { text: ' ;' }, { text: ' !' }],
      output: 'Note: the office is closed; come back tomorrow!',
    },
    {
      code: 'French typography\u00a0: a no-break space\u202f! Thin\u2009?',
      errors: [
        { text: '\u00a0:', fix: '' },
        { text: '\u202f!', fix: '' },
        { text: '\u2009?', fix: '' },
      ],
      output: 'French typography: a no-break space! Thin?',
    },
    {
      code: 'The ruling [ see annex ] stands  .',
      errors: [
        { messageId: 'after', text: '[ ' },
        { messageId: 'before', text: ' ]' },
        { messageId: 'before', text: '  .', fix: '' },
      ],
      output: 'The ruling [see annex] stands.',
    },
    {
      code: 'A Munich resident ( 17 ) pushed him , said "police" .',
      errors: [{ text: '( ' }, { text: ' )' }, { text: ' ,' }, { text: ' .' }],
      output: 'A Munich resident (17) pushed him, said "police".',
    },
    {
      code: 'See https://example.com/a?b=1 , or `enable()` : then.',
      format: 'markdown',
      errors: [{ text: ' ,' }, { text: ' :' }],
      output: 'See https://example.com/a?b=1, or `enable()`: then.',
    },
    {
      code: 'Line one .\nLine two ?',
      errors: [
        { text: ' .', line: 1, column: 9 },
        { text: ' ?', line: 2, column: 9 },
      ],
      output: 'Line one.\nLine two?',
    },
    {
      code: 'Schon Abonnent ? Hier anmelden : kostenlos ; sicher !',
      lang: 'de',
      name: 'German: French-style spaces',
      errors: [
        { messageId: 'before', text: ' ?', fix: '' },
        { messageId: 'before', text: ' :', fix: '' },
        { messageId: 'before', text: ' ;', fix: '' },
        { messageId: 'before', text: ' !', fix: '' },
      ],
      output: 'Schon Abonnent? Hier anmelden: kostenlos; sicher!',
    },
    {
      code: 'Компания сообщила , что ( по данным на май ) рост составил 5 % .',
      lang: 'ru',
      name: 'Russian: tokenised MT',
      errors: [
        { text: ' ,', fix: '' },
        { messageId: 'after', text: '( ', fix: '' },
        { messageId: 'before', text: ' )', fix: '' },
        { text: ' .', fix: '' },
      ],
      output: 'Компания сообщила, что (по данным на май) рост составил 5 %.',
    },
    {
      code: '¿Por qué ahora ? Dijo\u00a0: basta !',
      lang: 'es',
      name: 'Spanish: a space and a no-break space before the marks',
      errors: [{ text: ' ?' }, { text: '\u00a0:' }, { text: ' !' }],
      output: '¿Por qué ahora? Dijo: basta!',
    },
    {
      code: 'Un pêcheur de Roscoff , qui ( selon lui ) attend .',
      lang: 'fr',
      name: 'French: no space before , . ) or after (',
      errors: [{ text: ' ,' }, { messageId: 'after', text: '( ' }, { text: ' )' }, { text: ' .' }],
      output: 'Un pêcheur de Roscoff, qui (selon lui) attend.',
    },
    {
      code: '„Ein Weckruf für den Mittelstand !“, sagte er. Und »Jetzt ?« fragte sie.',
      lang: 'de',
      name: 'German: a mark before a closing “ or «',
      errors: [{ text: ' !' }, { text: ' ?' }],
      output: '„Ein Weckruf für den Mittelstand!“, sagte er. Und »Jetzt?« fragte sie.',
    },
    {
      code: 'Subscribe now **today** !',
      format: 'markdown',
      errors: [{ text: ' !' }],
      output: 'Subscribe now **today**!',
    },
  ],
});
