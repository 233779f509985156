// The phrase library of the `boilerplate` rule: what publishing sites add around an article, per language —
// calls to follow or subscribe, related-article teasers, photo credits, source and copyright lines, and the
// fragments left where a link was stripped. English includes the literal renderings MT makes of the others'
// boilerplate (`To read also :`, `To not miss any news`, `And if you love us`).
//
// Two kinds of entries:
// - labels (`teaser`, `credit`, `creditBy`, `source`, `copyright`, `openers`): plain phrases, matched
//   case-insensitively at the start of a line (after any emoji or arrow), a space matching any run of spaces and an
//   apostrophe either form. Together they are the rule's candidate filter: a line that starts with none of them (and
//   with no emoji or arrow) is never boilerplate, so every call to action must start with one of the `openers`.
// - patterns (`imperative`, `selfCall`, `object`, `intro`, `fragment`, `promoNoun`, `reporting`, `creditValue`):
//   regular-expression sources compiled with the `iu` flags, where `\b` is a word boundary for every script.
//
// The rule applies the target language's library and the source language's (boilerplate is often left
// untranslated), or every library when the source language is unknown.

export interface BoilerplatePhrases {
  /** Labels of related-article teasers (`Read also`), followed by a separator and a title. */
  teaser: readonly string[];
  /** Labels of photo credits, followed by a colon and a name (`Photo: … / AFP`). */
  credit: readonly string[];
  /** Labels of credits followed by `by` and a name (`Photo by …`). */
  creditBy: readonly string[];
  /** Labels of source lines, followed by a colon and a short list of names (`Source: Eurostat`). */
  source: readonly string[];
  /** Copyright notices, anywhere in a short line (`©` and `Copyright ©`/`Copyright 2024` are known to the rule). */
  copyright: readonly string[];
  /** Words a call to action, or a fragment left by a stripped link, starts with (whole words: `follow` is not
   *  `following`). */
  openers: readonly string[];
  /** Imperatives of calls to action at a clause start; a call needs an `object` after it in the same sentence. */
  imperative: readonly string[];
  /** Calls that carry their own object (`follow us`, `suivez-nous`, `síguenos`). */
  selfCall: readonly string[];
  /** What a call points at: the site itself (`us`, `our`, `nous`, `notre`). */
  object: readonly string[];
  /** Reasons given for a call (`to not miss any news`). Not a call on their own. */
  intro: readonly string[];
  /** Fragments of calls whose link was stripped (`And if you love us`, `click here`). */
  fragment: readonly string[];
  /** The site's own products (`our newsletter`, `our WhatsApp channel`). */
  promoNoun: readonly string[];
  /** Reporting verbs: a line that quotes or reports someone is article text. */
  reporting: readonly string[];
  /** Lower-case credit values that are still credits (`press service`, `archive`). */
  creditValue: readonly string[];
}

/** Social networks and news aggregators a call to action names (regex sources). */
export const NETWORKS: readonly string[] = [
  'google(?:\\s+(?:news|actualités|actualites|noticias|nachrichten|новости|discover))?',
  'whats\\s?app', 'telegram(?:-?канал\\p{L}*)?', 'телеграм\\p{L}*', 'facebook', 'instagram', 'twitter', 'x', 'youtube',
  'tiktok', 'linkedin', 'threads', 'bluesky', 'mastodon', 'snapchat', 'pinterest', 'flipboard', 'apple\\s+news',
  'msn', 'viber', 'signal', 'discord', 'twitch', 'reddit', 'rss', 'vk', 'вк', 'вконтакте', 'vkontakte',
  'дзен\\p{L}*', 'яндекс\\.?\\s*дзен\\p{L}*', 'rutube', 'одноклассник\\p{L}*', 'max',
];

const en: BoilerplatePhrases = {
  teaser: [
    'read also', 'also read', 'to read also', 'to read', 'read more', 'read next', 'see also', 'also see', 'to see also',
    'related', 'related article', 'related articles', 'related stories', 'related reading', 'related content',
    'recommended', 'recommended reading', 'you may also like', 'you might also like', 'you may be interested in',
    'you might be interested in', 'it may interest you', 'may interest you', 'this may interest you',
    'more on this topic', 'more on this story', 'more on the subject', 'more on the topic', 'on the same subject',
    'on the same topic', 'further reading', 'watch also', 'also watch', 'listen also',
  ],
  credit: [
    'photo', 'photos', 'photo credit', 'photo credits', 'photograph', 'photography', 'image', 'images',
    'image credit', 'image credits', 'image source', 'picture', 'pictures', 'illustration', 'illustrations',
    'illustrative photo', 'credit', 'credits', 'cover photo', 'cover image', 'main photo', 'main image',
    'header image', 'featured image', 'lead image', 'title photo', 'photo on the cover', 'photo source',
    'screenshot', 'collage',
  ],
  creditBy: ['photo', 'photos', 'image', 'illustration', 'picture', 'photograph'],
  source: ['source', 'sources'],
  copyright: ['all rights reserved'],
  openers: [
    'follow', 'subscribe', 'join us', 'join our', 'download', 'add', 'sign up', 'register', 'like us', 'share this',
    'share our', 'add us', 'install our', 'stay informed', 'stay tuned', 'stay up to date', 'stay connected',
    'find us', 'find our', 'support us', 'support our', 'click', 'tap here', 'tap on', 'please follow',
    'please subscribe', 'please share', 'please like', 'please support', 'please click', "don't miss",
    "don't forget", 'do not miss', 'do not forget', 'remember to', 'be sure to', 'make sure to', 'feel free to',
    'to not miss', 'not to miss', 'so as not', 'so that you', 'in order not', 'never miss', 'and if you',
    'if you love', 'if you like', 'if you liked', 'if you enjoyed', 'if you appreciate', 'if you appreciated',
    'if you want to', "if you don't want", 'if you do not want', 'our newsletter', 'our newsletters',
    'our whatsapp', 'our telegram', 'our app', 'our channel', 'our podcast', 'our youtube', 'our google',
    'our website', 'our site', 'our page', 'our account', 'our community', 'thank you for reading',
    'thanks for reading', 'for more news', 'for all the news', 'for the latest news', 'to receive', 'to get our',
    'to get the latest', 'to stay informed', 'to stay up to date', 'to follow us', 'to find us', 'get our',
    'get the latest', 'want more', 'you can follow', 'you can also follow', 'you can subscribe',
    'you can also subscribe', 'you can find us', 'you can also find us', 'also follow', 'help us',
    'enjoyed this', 'did you like', 'did you enjoy', 'do you like', 'do you enjoy', 'like this article',
    'liked this article', 'enjoyed this article', 'want to receive', 'want to stay', 'would you like to receive',
    'to follow', 'receive our', 'discover our', 'all the latest news', 'all our news', 'more news',
  ],
  imperative: [
    'follow', 'subscribe', 'join', 'download', 'sign\\s+up', 'register', 'install', 'find',
    'support', 'get', 'receive', 'discover', 'listen\\s+to', 'watch', 'read', 'turn\\s+on', 'enable', 'activate',
    'bookmark', 'visit',
  ],
  selfCall: [
    'follow\\s+us', 'like\\s+us', 'find\\s+us', 'join\\s+us', 'add\\s+us', 'support\\s+us', 'contact\\s+us',
    'read\\s+us', 'write\\s+to\\s+us', 'subscribe\\s+to\\s+(?:us|our)',
    'add\\s+[^.!?]{1,40}\\s+(?:to|as)\\s+(?:your|a)\\s+(?:favou?rite|preferred)\\s+sources?',
  ],
  object: ['us', 'our', 'ours'],
  intro: [
    "(?:(?:in\\s+order|so\\s+as)\\s+)?(?:not\\s+to|to\\s+not)\\s+miss\\b[^.!?]{0,50}?\\b(?:news|articles?|stor(?:y|ies)|updates?|information|info|headlines|content|videos?|episodes?|posts?|publications?|anything|a\\s+thing)",
    "(?:so\\s+(?:that\\s+)?you\\s+(?:don['’]t|do\\s+not|never|won['’]t|will\\s+not)|(?:don['’]t|do\\s+not|never))\\s+miss\\b[^.!?]{0,50}?\\b(?:news|articles?|stor(?:y|ies)|updates?|information|headlines|content|anything|a\\s+thing)",
    '(?:to\\s+)?(?:stay|keep|be)\\s+(?:informed|up\\s+to\\s+date|in\\s+the\\s+loop|tuned)',
    'for\\s+(?:more|all\\s+the|the\\s+latest)\\s+(?:news|updates|information|stories|articles)',
    '(?:all\\s+(?:the\\s+|our\\s+)?(?:latest\\s+)?|more\\s+)news',
    '(?:want|would\\s+you\\s+like)\\s+to\\s+(?:receive|get|follow|read)\\s+(?:the|our|all\\s+the)\\s+(?:latest\\s+)?(?:news|articles|stories)',
  ],
  fragment: [
    '(?:and\\s+)?if\\s+you\\s+(?:love|like|liked|enjoyed|appreciate|appreciated)\\s+(?:us|this\\s+article|this\\s+story|our\\s+(?:work|articles|content|journalism))',
    '(?:click|tap)\\s+(?:here|on\\s+this\\s+link|the\\s+link\\s+below|below)',
    'thank(?:s|\\s+you)\\s+for\\s+reading',
    'share\\s+(?:this|the)\\s+(?:article|story|post)',
    '(?:do|did)\\s+you\\s+(?:like|enjoy|love)\\s+(?:our|this)\\s+(?:content|articles?|work|site|newsletter|videos?|podcast)',
  ],
  promoNoun: [
    'our\\s+(?:newsletters?|whats\\s?app|telegram|youtube|podcasts?|apps?|application|channels?|google\\s+news|pages?|accounts?|website|site|community|group)',
  ],
  reporting: [
    'said', 'says', 'saying', 'told', 'tells', 'wrote', 'writes', 'tweeted', 'posted', 'urged', 'urges', 'asked',
    'asks', 'added', 'adds', 'demand', 'demands', 'demanded', 'read\\s+the\\s+(?:banners?|signs?|placards?)', 'according\\s+to', 'explained', 'explains', 'insisted', 'insists', 'declared', 'stated',
    'shouted', 'called\\s+on', 'appealed', 'replied', 'recalled',
  ],
  creditValue: [
    'press\\s+service', 'press\\s+office', 'archives?', 'handout', 'courtesy', 'screenshot', 'open\\s+sources?',
    'social\\s+(?:networks?|media)', 'public\\s+domain', 'private\\s+(?:archive|collection)', 'personal\\s+archive',
    'illustrative', 'unsplash', 'pixabay', 'pexels', 'shutterstock', 'depositphotos', 'istock', 'freepik',
    'wikimedia(?:\\s+commons)?', 'wikipedia', 'getty\\s+images', 'generated',
  ],
};

const fr: BoilerplatePhrases = {
  teaser: [
    'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'a lire également',
    'lire la suite', 'voir aussi', 'à voir aussi', 'a voir aussi', 'à voir', 'à découvrir', 'a découvrir',
    'à découvrir aussi', 'sur le même sujet', 'sur le même thème', 'dans la même rubrique', 'à lire', 'a lire',
    'à écouter', 'à regarder', 'notre sélection', 'ceci pourrait vous intéresser', 'cela pourrait vous intéresser',
    'vous aimerez aussi', 'pour aller plus loin', 'en savoir plus',
  ],
  credit: [
    'photo', 'photos', 'crédit photo', 'crédits photo', 'crédit photos', 'crédits photos', 'crédit', 'crédits',
    'credit photo', 'crédit image', 'crédits image', 'image', 'images', 'illustration', 'visuel', 'capture d’écran',
    "capture d'écran", 'photo d’illustration', "photo d'illustration", 'photo de une',
  ],
  creditBy: ['photo', 'photos', 'image', 'illustration'],
  source: ['source', 'sources'],
  copyright: ['tous droits réservés', 'reproduction interdite'],
  openers: [
    'suivez', 'abonnez', 'rejoignez', 'retrouvez', 'téléchargez', 'inscrivez', 'ajoutez', 'partagez', 'activez',
    'cliquez', 'soutenez', 'installez', 'recevez', 'découvrez', 'likez', 'pour ne', 'pour rester', 'pour recevoir',
    'pour suivre', 'ne manquez', 'ne ratez', 'et si vous', 'si vous aimez', 'si vous avez aimé',
    'notre newsletter', 'notre chaîne', 'notre application', 'nos newsletters', 'merci de nous', 'merci pour votre',
    'vous pouvez nous', 'vous pouvez aussi nous', 'vous pouvez également nous', 'vous pouvez suivre',
    "n'oubliez pas", 'et pour ne', "pour plus d'actualités", "pour toute l'actualité", "toute l'actualité",
    'plus d’actualités', "plus d'actualités",
  ],
  imperative: [
    'suivez', 'abonnez-vous', 'rejoignez', 'retrouvez', 'téléchargez', 'inscrivez-vous', 'partagez',
    'activez', 'soutenez', 'installez', 'recevez', 'découvrez', 'likez', 'écoutez', 'regardez', 'lisez',
  ],
  selfCall: [
    'suivez-nous', 'retrouvez-nous', 'rejoignez-nous', 'ajoutez-nous', 'soutenez-nous', 'contactez-nous',
    'écrivez-nous', 'abonnez-vous\\s+à\\s+(?:notre|nos)', 'likez\\s+notre',
    'ajoutez\\s+[^.!?]{1,40}\\s+(?:à|dans)\\s+vos\\s+sources',
  ],
  object: ['nous', 'notre', 'nos'],
  intro: [
    'pour\\s+ne\\s+(?:rien|pas|plus|jamais)\\s+(?:manquer|rater|louper)',
    'pour\\s+ne\\s+(?:manquer|rater|louper)\\s+aucun\\p{L}*',
    'ne\\s+(?:manquez|ratez|loupez)\\s+(?:rien|aucun\\p{L}*|plus)',
    'pour\\s+(?:rester|être)\\s+(?:informé\\p{L}*|au\\s+courant)',
    "pour\\s+(?:suivre|recevoir)\\s+(?:toute\\s+)?(?:l['’]actualité|nos\\s+articles|les\\s+dernières)",
    "toute\\s+l['’]actualité", "plus\\s+d['’]actualités?",
  ],
  fragment: [
    '(?:et\\s+)?si\\s+vous\\s+nous\\s+aimez',
    'si\\s+vous\\s+(?:avez\\s+aimé|aimez)\\s+(?:cet\\s+article|nos\\s+articles)',
    'cliquez\\s+(?:ici|sur\\s+ce\\s+lien)', 'merci\\s+de\\s+nous\\s+lire', 'partagez\\s+cet\\s+article',
  ],
  promoNoun: [
    '(?:notre|nos)\\s+(?:newsletters?|lettres?\\s+d[’\']information|chaînes?|applications?|appli|podcasts?|comptes?|pages?|communauté|groupe|site)',
  ],
  reporting: [
    'a\\s+déclaré', 'a\\s+dit', 'dit-il', 'dit-elle', 'déclare', 'selon', 'a\\s+affirmé', 'affirme', 'explique',
    'a\\s+expliqué', 'a\\s+écrit', 'écrit', 'a\\s+tweeté', 'a\\s+lancé', 'lance-t-il', 'lance-t-elle', 'a\\s+appelé',
    'appelle', 'a\\s+exhorté', 'a\\s+demandé', 'demande', 'a\\s+ajouté', 'ajoute', 'a\\s+insisté', 'insiste',
  ],
  creditValue: [
    'service\\s+de\\s+presse', 'archives?', 'capture\\s+d[’\']écran', 'dr', 'droits\\s+réservés', 'domaine\\s+public',
    'collection\\s+privée', 'illustration', 'généré\\p{L}*',
  ],
};

const de: BoilerplatePhrases = {
  teaser: [
    'lesen sie auch', 'lesen sie außerdem', 'lesen sie mehr', 'auch interessant', 'ebenfalls interessant',
    'mehr zum thema', 'das könnte sie auch interessieren', 'das könnte sie interessieren', 'weiterlesen',
    'siehe auch', 'zum thema', 'empfehlung der redaktion', 'auch lesenswert', 'passend dazu',
  ],
  credit: [
    'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'fotoquelle', 'titelbild', 'titelfoto', 'bildnachweis',
    'fotonachweis', 'symbolbild', 'symbolfoto', 'grafik', 'illustration', 'screenshot', 'collage', 'beitragsbild',
  ],
  creditBy: [],
  source: ['quelle', 'quellen'],
  copyright: ['alle rechte vorbehalten'],
  openers: [
    'folgen sie', 'folge uns', 'folgt uns', 'abonnieren', 'abonniere', 'laden sie', 'melden sie sich',
    'registrieren sie', 'treten sie', 'tritt unserem', 'tritt unserer', 'teilen sie', 'klicken sie', 'hier klicken',
    'klicke hier', 'aktivieren sie', 'unterstützen sie', 'besuchen sie', 'um keine', 'um nichts', 'verpassen sie',
    'damit sie keine', 'damit sie nichts', 'damit du', 'unser newsletter', 'unseren newsletter', 'unser kanal',
    'unseren kanal', 'wenn ihnen', 'wenn dir', 'danke fürs', 'danke für das lesen', 'sie können uns',
    'jetzt abonnieren', 'jetzt folgen', 'bleiben sie', 'für mehr nachrichten', 'sie finden uns', 'finden sie uns',
  ],
  imperative: [
    'folgen\\s+sie', 'folge', 'abonnieren\\s+sie', 'abonniere', 'laden\\s+sie', 'lade', 'melden\\s+sie\\s+sich',
    'registrieren\\s+sie\\s+sich', 'treten\\s+sie', 'tritt', 'teilen\\s+sie', 'aktivieren\\s+sie',
    'unterstützen\\s+sie', 'besuchen\\s+sie', 'finden\\s+sie', 'jetzt\\s+abonnieren', 'bleiben\\s+sie',
  ],
  selfCall: [
    'folgen\\s+sie\\s+uns', 'folgt\\s+uns', 'folge\\s+uns', 'unterstützen\\s+sie\\s+uns', 'besuchen\\s+sie\\s+uns',
    'abonnieren\\s+sie\\s+unser\\p{L}*', 'kontaktieren\\s+sie\\s+uns', 'schreiben\\s+sie\\s+uns',
  ],
  object: ['uns', 'unser\\p{L}*'],
  intro: [
    'um\\s+(?:keine|nichts)\\b[^.!?]{0,40}?\\bzu\\s+verpassen', 'verpassen\\s+sie\\s+(?:keine|nichts)',
    'damit\\s+(?:sie|du)\\s+(?:keine|nichts)\\b[^.!?]{0,40}?\\bverpass\\p{L}*',
    'bleiben\\s+sie\\s+(?:informiert|auf\\s+dem\\s+laufenden)', 'mehr\\s+(?:news|nachrichten)',
  ],
  fragment: [
    'klicken\\s+sie\\s+hier', 'hier\\s+klicken', 'klicke\\s+hier',
    'wenn\\s+(?:ihnen|dir)\\s+(?:dieser\\s+artikel|unsere\\s+arbeit)\\s+gefällt', 'teilen\\s+sie\\s+diesen\\s+artikel',
    'danke\\s+(?:fürs|für\\s+das)\\s+lesen',
  ],
  promoNoun: [
    'unser(?:en|em|er|e)?\\s+(?:newsletter|kanal|whats\\s?app-kanal|telegram-kanal|app|podcast|community|seite)',
  ],
  reporting: [
    'sagte', 'sagt', 'erklärte', 'erklärt', 'schrieb', 'schreibt', 'laut', 'betonte', 'betont', 'forderte',
    'fordert', 'rief', 'twitterte', 'teilte', 'meinte', 'so\\s+(?:der|die)',
  ],
  creditValue: [
    'pressestelle', 'archiv', 'privat', 'screenshot', 'symbolbild', 'gemeinfrei', 'handout', 'generiert',
  ],
};

const ru: BoilerplatePhrases = {
  teaser: [
    'читайте также', 'читайте еще', 'читайте ещё', 'читать также', 'смотрите также', 'см. также', 'по теме',
    'это интересно', 'читайте по теме', 'еще по теме', 'ещё по теме', 'также читайте', 'рекомендуем', 'подробнее',
    'читайте подробнее', 'вам может быть интересно',
  ],
  credit: [
    'фото', 'фотография', 'фотографии', 'источник фото', 'фото на обложке', 'фото на превью', 'иллюстрация',
    'иллюстративное фото', 'изображение', 'коллаж', 'кадр', 'скриншот', 'видео',
  ],
  creditBy: [],
  source: ['источник', 'источники'],
  copyright: ['все права защищены'],
  openers: [
    'подписывайтесь', 'подпишитесь', 'подписывайся', 'подпишись', 'присоединяйтесь', 'присоединяйся', 'следите за',
    'читайте нас', 'читайте наш', 'смотрите нас', 'смотрите наш', 'скачайте', 'скачивайте', 'установите наше',
    'установите приложение', 'ставьте', 'поделитесь', 'делитесь', 'нажмите', 'переходите', 'добавьте нас',
    'чтобы не пропустить', 'чтобы быть в курсе', 'чтобы оставаться в курсе', 'чтобы первыми', 'не пропустите',
    'будьте в курсе', 'наш канал', 'наш телеграм', 'наш telegram', 'больше новостей', 'все новости',
    'вы можете подписаться', 'вы также можете', 'если вам понравилась', 'если вам понравилось', 'если вам нравится',
    'а если вам', 'и если вам', 'спасибо, что', 'спасибо что',
  ],
  imperative: [
    'подписывайтесь', 'подпишитесь', 'подписывайся', 'подпишись', 'присоединяйтесь', 'присоединяйся',
    'следите', 'читайте', 'смотрите', 'скачайте', 'скачивайте', 'установите', 'ставьте', 'поделитесь', 'делитесь',
    'переходите', 'добавьте',
  ],
  selfCall: [
    'подписывайтесь\\s+на\\s+нас', 'подпишитесь\\s+на\\s+нас', 'читайте\\s+нас', 'следите\\s+за\\s+нами',
    'присоединяйтесь\\s+к\\s+нам', 'добавьте\\s+нас', 'смотрите\\s+нас', 'подписывайтесь\\s+на\\s+наш\\p{L}*',
    'подпишитесь\\s+на\\s+наш\\p{L}*',
  ],
  object: ['нас', 'нами', 'нам', 'наш\\p{L}*'],
  intro: [
    'чтобы\\s+(?:не\\s+пропустить|быть\\s+в\\s+курсе|оставаться\\s+в\\s+курсе|первыми\\s+узнавать)',
    'не\\s+пропустите', 'будьте\\s+в\\s+курсе', '(?:больше|все)\\s+(?:новостей|новости|важных\\s+новостей)',
  ],
  fragment: [
    'нажмите\\s+(?:здесь|сюда|на\\s+ссылку)', 'переходите\\s+по\\s+ссылке',
    '(?:а\\s+|и\\s+)?если\\s+вам\\s+(?:понравилась|понравилось|нравится)\\s+(?:эта\\s+|наша\\s+)?(?:статья|материал|наша\\s+работа)',
    'поделитесь\\s+(?:этой\\s+)?статьей', 'ставьте\\s+лайк\\p{L}*', 'спасибо,?\\s+что\\s+читаете',
  ],
  promoNoun: [
    'наш(?:\\p{L}*)?\\s+(?:канал\\p{L}*|телеграм\\p{L}*|telegram\\p{L}*|рассылк\\p{L}*|приложени\\p{L}*|подкаст\\p{L}*|сообществ\\p{L}*|групп\\p{L}*|страниц\\p{L}*)',
  ],
  reporting: [
    'сказал\\p{L}*', 'заявил\\p{L}*', 'написал\\p{L}*', 'по\\s+словам', 'сообщил\\p{L}*', 'отметил\\p{L}*',
    'призвал\\p{L}*', 'говорит', 'пишет', 'добавил\\p{L}*', 'подчеркнул\\p{L}*', 'объяснил\\p{L}*',
  ],
  creditValue: [
    'пресс-служб\\p{L}*', 'архив\\p{L}*', 'открыт\\p{L}*\\s+источник\\p{L}*', 'соцсет\\p{L}*',
    'социальн\\p{L}*\\s+сет\\p{L}*', 'скриншот\\p{L}*', 'личн\\p{L}*\\s+архив\\p{L}*', 'иллюстративн\\p{L}*',
    'сгенерирован\\p{L}*', 'кадр\\s+из\\s+видео',
  ],
};

const es: BoilerplatePhrases = {
  teaser: [
    'lee también', 'lea también', 'leer también', 'lee además', 'te puede interesar', 'también te puede interesar',
    'le puede interesar', 'puede interesarte', 'te podría interesar', 'más información', 'leer más', 'lee más',
    'ver también', 'ver más', 'relacionado', 'relacionada', 'relacionados', 'noticias relacionadas',
    'contenido relacionado', 'te recomendamos', 'recomendamos', 'no te pierdas', 'mira también', 'sigue leyendo',
  ],
  credit: [
    'foto', 'fotos', 'fotografía', 'fotografías', 'imagen', 'imágenes', 'ilustración', 'crédito', 'créditos',
    'crédito de foto', 'crédito de imagen', 'captura de pantalla', 'foto de portada', 'foto ilustrativa',
  ],
  creditBy: [],
  source: ['fuente', 'fuentes'],
  copyright: ['todos los derechos reservados'],
  openers: [
    'síguenos', 'siguenos', 'síganos', 'sigue', 'suscríbete', 'suscribete',
    'suscríbase', 'únete', 'unete', 'únase', 'descarga nuestra', 'descarga la app', 'descargue', 'regístrate',
    'comparte este', 'comparte esta', 'dale like', 'haz clic', 'haga clic', 'pincha aquí', 'activa las notificaciones',
    'apoya nuestro', 'apóyanos', 'para no perderte', 'para no perder', 'para estar al día', 'para estar informado',
    'para mantenerte', 'no te pierdas', 'nuestro canal', 'nuestro boletín', 'nuestra newsletter', 'nuestro newsletter',
    'y si te gustó', 'si te gustó', 'si te gusta este', 'gracias por leer', 'puedes seguirnos',
    'también puedes seguirnos', 'para más noticias', 'recibe nuestro', 'recibe las',
  ],
  imperative: [
    'sigue(?!\\s+(?:siendo|sin|estando|habiendo|teniendo))', 'suscríbete', 'suscribete', 'suscríbase', 'únete', 'unete', 'únase', 'descarga', 'descargue',
    'regístrate', 'comparte', 'activa', 'apoya', 'recibe', 'escucha', 'mira', 'lee',
  ],
  selfCall: [
    'síguenos', 'siguenos', 'síganos', 'apóyanos', 'contáctanos', 'escríbenos', 'únete\\s+a\\s+nuestr\\p{L}*',
    'suscríbete\\s+a\\s+nuestr\\p{L}*',
  ],
  object: ['nos', 'nuestr[oa]s?'],
  intro: [
    'para\\s+no\\s+perder(?:te|se)?', 'no\\s+te\\s+pierdas\\s+(?:ninguna|nada|las\\s+últimas)',
    'para\\s+(?:estar|mantenerte|mantenerse)\\s+(?:al\\s+día|informad[oa]s?|al\\s+tanto)',
    'toda\\s+la\\s+actualidad', 'más\\s+noticias',
  ],
  fragment: [
    'haz\\s+clic\\s+aquí', 'haga\\s+clic\\s+aquí', 'pincha\\s+aquí',
    '(?:y\\s+)?si\\s+te\\s+(?:gustó|gusta)\\s+(?:este\\s+artículo|esta\\s+nota|nuestro\\s+trabajo)',
    'comparte\\s+(?:este\\s+artículo|esta\\s+nota)', 'gracias\\s+por\\s+leer(?:nos)?',
  ],
  promoNoun: [
    'nuestr[oa]s?\\s+(?:newsletters?|boletín|boletines|canal(?:es)?|app|aplicación|podcasts?|cuentas?|página|comunidad|grupo)',
  ],
  reporting: [
    'dijo', 'dice', 'afirmó', 'afirma', 'según', 'declaró', 'escribió', 'explicó', 'señaló', 'aseguró', 'añadió',
    'pidió', 'instó', 'tuiteó',
  ],
  creditValue: [
    'archivo', 'captura(?:\\s+de\\s+pantalla)?', 'cortesía', 'servicio\\s+de\\s+prensa', 'redes\\s+sociales',
    'ilustrativa', 'generad[oa]',
  ],
};

export const BOILERPLATE_PHRASES: Readonly<Record<'en' | 'fr' | 'de' | 'ru' | 'es', BoilerplatePhrases>> = {
  en,
  fr,
  de,
  ru,
  es,
};

/** Agencies and photo banks a credit names (regex sources, matched case-insensitively). */
export const AGENCIES: readonly string[] = [
  'afp', 'reuters', 'ap', 'associated\\s+press', 'getty(?:\\s+images)?', 'epa(?:-efe)?', 'efe', 'dpa', 'ansa',
  'xinhua', 'anadolu', 'bloomberg', 'sipa', 'abaca(?:press)?', 'maxppp', 'hans\\s+lucas', 'imago', 'picture\\s+alliance',
  'keystone', 'alamy', 'zuma', 'nurphoto', 'tass', 'тасс', 'риа\\s+новости', 'ria\\s+novosti', 'интерфакс',
  'interfax', 'коммерсант[ъ]?', 'kommersant', 'europa\\s+press', 'shutterstock', 'depositphotos', 'istock',
  'unsplash', 'pixabay', 'pexels', 'freepik', 'adobe\\s+stock', 'wikimedia(?:\\s+commons)?', 'flickr', 'dr',
];
