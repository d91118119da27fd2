/** What is wrong in a store's data, in Spanish (problem-messages-en.ts has the rules). */
import type { ProblemMessages } from './problem-messages-en.ts';

export const es: ProblemMessages = {
  recordDataset: 'conjunto de datos',
  recordTimeline: 'cronología',
  recordTitleSlide: (label) => `diapositiva de título${label}`,
  recordColumnNames: 'fila 1 (los nombres de las columnas)',
  recordArrowColumns: 'las columnas',
  recordEvent: (n, id) => `acontecimiento ${n}${id}`,
  recordGroup: (n, id) => `grupo ${n}${id}`,
  recordEra: (n, id) => `época ${n}${id}`,
  recordRow: (n, id) => `fila ${n}${id}`,
  recordSlide: (n, id) => `diapositiva ${n}${id}`,
  recordTopic: (id) => `tema «${id}»`,
  recordId: (id) => ` «${id}»`,
  typeWords: {
    string: 'texto',
    number: 'un número',
    Array: 'una lista',
    Object: 'un objeto con campos con nombre',
  },
  isMissing: 'falta',
  wrongType: (wanted, received) => `debe ser ${wanted}, no ${received}`,
  mustNotBeEmpty: 'no puede estar vacío',
  tooLong: (max) => `debe tener como máximo ${max} caracteres`,
  notASlug: 'debe constar de letras minúsculas, dígitos y guiones sueltos',
  notAUrl: 'debe ser una URL',
  notAWebUrl: 'debe ser una URL http(s)',
  notAPartialDate: (quoted) =>
    `${quoted} no es una fecha que la cronología sepa leer: escríbala como AAAA-MM-DD, AAAA-MM o AAAA (por ejemplo, 2017-01-20, o -0043-03-15 para el 15 de marzo del 44 a. C.)`,
  notAColor: 'debe ser un color como #1d4ed8',
  notATimelineShape: 'debe ser una cronología: un objeto con version, title, topics y events',
  timelineIsList:
    'debe ser una cronología: un objeto con version, title, topics y events, no una lista',
  notADateObject: 'debe ser una fecha: un objeto con precision y start',
  notALinkObject: 'debe ser un enlace: un objeto con to y kind',
  notAnEvent: 'debe ser un acontecimiento: un objeto con id, title, date y topics',
  mustBeOneOf: (options) => `debe ser uno de estos valores: ${options}`,
  noTopicsNamed: 'debe nombrar al menos un tema',
  noTopicsListed: 'debe enumerar al menos un tema',
  versionNot1: 'debe ser 1',
  notAGroupList: 'debe ser una lista de grupos',
  notAnEraList: 'debe ser una lista de épocas',
  notAnEventList: 'debe ser una lista de acontecimientos',
  declaredTwice: 'está declarado dos veces',
  undeclaredTopics: (ids) =>
    `nombra ${ids.length > 1 ? 'temas no declarados' : 'un tema no declarado'}: ${ids.map((id) => `«${id}»`).join(', ')}`,
  idUsedBefore: (id) => `«${id}» ya lo usa un acontecimiento anterior`,
  undeclaredGroup: (group) =>
    `nombra el grupo no declarado «${group}», así que el acontecimiento se muestra fuera de todo grupo`,
  unknownStart: 'debe ser "latest" (para abrir en el acontecimiento más reciente) o no figurar',
  linksNotAList: 'debe ser una lista de enlaces, así que no se leyó ninguno',
  endsBeforeStart: (start, end) => `«${end}» es anterior al inicio, «${start}»`,
  linkLeftOut: (because) => `${because}, así que el enlace se omitió`,
  unknownCsvColumn: 'no es una columna que la cronología lea, así que se omitió',
  unknownRowType: (quoted) =>
    `${quoted} no es un tipo de fila: escriba event (o déjelo en blanco), topic, group, era o timeline`,
  notALinkCell: (quoted) =>
    `${quoted} no es un enlace: escriba el tipo, dos puntos y el id del acontecimiento, como see-also:g20-2017, así que se omitió`,
  colourLeftOut: (quoted) => `${quoted} no es un color como #1d4ed8, así que se omitió`,
  colourChosen: (quoted) => `${quoted} no es un color como #1d4ed8, así que se eligió otro`,
  arrowColumnLeftOut: (type, wanted) => `contiene ${type}, no ${wanted}, así que se omitió`,
  arrowWanted: {
    text: 'texto (Utf8)',
    date: 'fechas (Utf8, Date32, Date64 o Timestamp)',
    'text-list': 'listas de texto (List<Utf8>) o texto',
    'struct-list': 'listas de estructuras (List<Struct>)',
  },
  arrowMetadataLeftOut:
    'no es un objeto JSON, así que se omitieron el título, los temas y los demás campos que debía dar',
  topicNeedsTitle: 'un tema necesita un título',
  problemsCsvHeader: ['registro', 'campo', 'problema'],
  // TimelineJS
  tlNoYear: 'falta: una fecha necesita al menos un año',
  tlNotAYear: (text) => `«${text}» no es un año`,
  tlNotAMonth: (text) => `«${text}» no es un mes (1–12)`,
  tlNotADay: (text) => `«${text}» no es un día (1–31)`,
  tlNotATimePart: (text, part) =>
    `«${text}» no es ${{ hour: 'una hora (0–23)', minute: 'un minuto (0–59)', second: 'un segundo (0–59)' }[part]}`,
  tlYearOutOfRange: (year) =>
    `${year} está fuera de rango: la cronología solo dibuja los años del 10 000 a. C. al 9999`,
  tlNotACalendarDay: (date) => `${date} no es un día del calendario`,
  tlDayWithoutMonth: 'se da sin un mes',
  tlTimeWithoutDay: 'una hora del día necesita un día y un mes',
  tlNoHour: 'falta: un minuto o un segundo necesita una hora',
  tlSlideWithoutDate: 'falta: una diapositiva sin fecha no se muestra en la cronología',
  tlEndDateLeftOut: (because) =>
    `${because}, así que el acontecimiento se muestra en su fecha de inicio`,
  tlEndBeforeStart:
    'es anterior a la fecha de inicio, así que el acontecimiento se muestra en su fecha de inicio',
  tlCosmologicalScale:
    '«cosmological» no es una escala que la cronología dibuje: lee los años del 10 000 a. C. al 9999 y enumera las diapositivas que quedan fuera',
  tlUnknownScale: (scale) =>
    `«${scale}» no es una escala de TimelineJS, así que la cronología lee los años como de costumbre`,
  tlUnknownField: 'no es un campo que la cronología lea, así que se omitió',
  tlBackground: 'no se muestra: la cronología no dibuja fondos de diapositiva',
  tlEraNeedsDates: 'falta: una época necesita un inicio y un final',
  tlEraEndsBeforeStart: 'es anterior a la fecha de inicio, así que la época no se dibuja',
  tlUnknownColumn: 'no es una columna de la plantilla de TimelineJS, así que se omitió',
  tlSecondTitle:
    'es un segundo título: solo la primera fila de título es la de la cronología, así que esta se muestra como un acontecimiento',
  tlNotASheetDate: (text) =>
    `«${text}» no es una fecha que TimelineJS lea, como 1815-12-10 o 12/10/1815`,
  tlEndNotASheetDate: (text) =>
    `«${text}» no es una fecha que TimelineJS lea, así que el acontecimiento se muestra en su fecha de inicio`,
  tlTimeWithoutYear: (column) => `se da sin ${column}, así que se omitió`,
  tlNotATime: (text) => `«${text}» no es una hora del día, como 18:45 o 6:45 PM`,
  tlMediaTitleNotShown: 'no se muestra: en su lugar se muestra el pie',
  tlMediaLinkTargetNotUsed:
    'no se usa: un enlace del contenido se abre en una pestaña nueva, como todos los enlaces de los datos',

  // Media, links and dates
  dateNotIso: (text) =>
    `«${text}» no es una fecha de la forma AAAA, AAAA-MM o AAAA-MM-DD (-AAAA antes del 1 a. C.)`,
  dateYearMinusZero: (text) => `«${text}» tiene el año -0000: escriba el año 0 (1 a. C.) como 0000`,
  dateNoSuchMonth: (text, month) => `«${text}» no tiene mes ${month}`,
  dateNotADay: (text) => `«${text}» no es un día del calendario`,
  datePatterns: { year: 'AAAA', month: 'AAAA-MM', day: 'AAAA-MM-DD' },
  precisionNeedsStart: (precision, pattern, start) =>
    `la precisión «${precision}» necesita un inicio de la forma ${pattern}, no «${start}»`,
  precisionTakesNoEnd: (precision) =>
    `la precisión «${precision}» no lleva fin; use la precisión «span» para algo que duró`,
  seasonNeedsMonths: 'la precisión «season» necesita un inicio y un fin de la forma AAAA-MM',
  seasonTwoMonths: 'una estación termina dos meses después de empezar',
  spanNeedsEnd: 'la precisión «span» necesita un fin',
  spanEndsBefore: (start, end) => `«${end}» es anterior a «${start}»`,
  notAChangeDate: (quoted) =>
    `${quoted} no es una fecha de cambio que la cronología sepa leer: escríbala como AAAA-MM-DD (o AAAA-MM, AAAA si solo se conoce el mes o el año), por ejemplo, 2020-07-30`,
  changeDateNotADay: (quoted) => `${quoted} no es un día del calendario`,
  changeDateNotText: (received) =>
    `debe ser una fecha escrita como texto, por ejemplo, «2020-07-30», no ${received}`,
  updatedBeforeAdded: (updated, added) =>
    `«${updated}» es anterior a cuando se añadió el acontecimiento, «${added}», así que se omitió`,
  notText: 'debe ser texto',
  leftOut: (because) => `${because}, así que se omitió`,
  linkToItself: 'nombra el propio acontecimiento, así que el enlace se omitió',
  linkToMissingEvent: (quoted) =>
    `nombra el acontecimiento ${quoted}, que no está en la cronología, así que el enlace se omitió`,
  linkGivenTwice: (quoted, kind) =>
    `nombra el acontecimiento ${quoted} como ${kind} dos veces, así que se omitió el segundo`,
  notValid: (expected, received) =>
    expected === null
      ? `no es válido (se recibió ${received})`
      : `no es válido: se esperaba ${expected}, se recibió ${received}`,
  mediaNotShown: (because) => `${because}, así que no se muestra`,
  unplayableNoUrl: 'no tiene dirección (url)',
  unplayableUrlNotText: 'tiene una dirección (url) que no es texto',
  unplayableNotAnObject:
    'debe ser un objeto con url y, si lo desea, alt, caption, credit, thumbnail, link',
  unplayableNotLoadable: (quoted) =>
    `${quoted} no es una dirección web: escriba una que empiece por https:// o que sea relativa al archivo de la cronología`,
  unplayableUnknownType: (quoted) =>
    `${quoted} no es un tipo de contenido que la cronología muestre: escriba image, video, audio, youtube o vimeo`,
  unplayableKindUnknown:
    'no es una imagen, un vídeo ni un audio que la cronología reconozca por su dirección: indique su tipo (image, video, audio, youtube o vimeo)',
  unplayableNotAVideoOf: (site) => `no es la dirección de un vídeo de ${site}`,
  unplayableEmbedMarkup:
    'es el código de una página incrustada (como un iframe o una publicación incrustada)',
  unplayableServiceNotPlayed: (service) => `es ${service}, que la cronología no reproduce`,
  unplayableWebPage:
    'es una página web, no un archivo de imagen, vídeo o audio que la cronología pueda reproducir',
  mediaServices: {
    'google-map': 'un mapa de Google',
    'x-post': 'una publicación de X (Twitter)',
    'bluesky-post': 'una publicación de Bluesky',
    'instagram-post': 'una publicación de Instagram',
    'tiktok-video': 'un vídeo de TikTok',
    'facebook-post': 'una publicación de Facebook',
    'flickr-page': 'una página de Flickr',
    'wikipedia-article': 'un artículo de Wikipedia',
    'soundcloud-page': 'una página de SoundCloud',
    'spotify-page': 'una página de Spotify',
    'dailymotion-video': 'un vídeo de Dailymotion',
    'vine-video': 'un vídeo de Vine',
    'wistia-video': 'un vídeo de Wistia',
    'documentcloud-document': 'un documento de DocumentCloud',
    'storify-story': 'una historia de Storify',
    'imgur-page': 'una página de Imgur',
    'giphy-page': 'una página de Giphy',
    'google-file': 'un archivo de Google Docs o Drive',
  },
  mediaThumbnailLeftOut: 'no es una dirección web, así que se omitió',
  mediaLinkLeftOut: 'debe ser una URL http(s), así que se omitió',
  mediaAltMissing:
    'falta: describa la imagen para quien no pueda verla, o escriba "" si es solo decorativa',
};
