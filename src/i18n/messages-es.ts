/**
 * The interface's words in Spanish, fetched only for a reader in Spanish (catalogue.ts): an
 * English reader's page never downloads them.
 */
import { counted, formatNumber, pluralOf } from './format.ts';
import type { Messages } from './messages.ts';

export const es: Messages = {
  skipToTimeline: 'Saltar a la cronología',
  sourcePrefix: 'Fuente:',
  firstPublished: (date) => `, primera publicación: ${date}`,
  updated: (date, afterPublished) => `${afterPublished ? ';' : ','} última actualización: ${date}`,
  detailsFailed:
    'No se pudieron cargar los detalles del acontecimiento. Recargue la página para volver a intentarlo.',
  loadFailedHeading: 'No se pudo cargar la cronología',
  openDefaultTimeline: 'Abrir la cronología predeterminada',
  tryAgain: 'volver a intentarlo',
  or: 'o',
  darkMode: 'Modo oscuro',
  embed: 'Insertar',
  openInNewTab: 'Abrir en una pestaña nueva',
  reload: 'Recargar',
  dismiss: 'Descartar',

  loadingTimeline: 'Cargando la cronología…',
  readingTimeline: 'Leyendo la cronología…',
  readingEvents: (n) =>
    `Leyendo ${counted(n, { one: 'acontecimiento', other: 'acontecimientos' })}…`,
  megabytes: (n) => `${formatNumber(n)} MB`,
  amountOf: (loaded, total) => `${loaded} de ${total}`,

  filters: 'Filtros',
  search: 'Buscar',
  searchPlaceholder: 'Título o texto, p. ej. OTAN',
  topics: 'Temas',
  active: 'activos',
  eventNoun: (n) => (n === 1 ? 'acontecimiento' : 'acontecimientos'),
  eventsShownLabel: 'Acontecimientos mostrados',
  eventsShown: (shown, total) =>
    `${formatNumber(shown)} de ${counted(total, { one: 'acontecimiento', other: 'acontecimientos' })}`,
  countShown: (shown, total) =>
    shown !== total
      ? `${formatNumber(shown)} de ${counted(total, { one: 'acontecimiento', other: 'acontecimientos' })}`
      : total === 0
        ? 'Ningún acontecimiento'
        : total === 1
          ? 'Un acontecimiento'
          : `Los ${formatNumber(total)} acontecimientos`,
  clearFilters: 'Quitar filtros',
  allEventsNoFilters: (total) =>
    `${total === 1 ? 'El único acontecimiento' : `Los ${counted(total, { one: 'acontecimiento', other: 'acontecimientos' })}`}, sin filtros.`,
  inTopic: (label) => `del tema ${label}`,
  inTopics: (labels) => `de los temas ${labels.slice(0, -1).join(', ')} o ${labels.at(-1) ?? ''}`,
  matchingSearch: (query) => `que coinciden con la búsqueda «${query}»`,

  changesSummary: (added, updated, day, from) => {
    const parts = [
      ...(added ? [`${formatNumber(added)} ${added === 1 ? 'nuevo' : 'nuevos'}`] : []),
      ...(updated
        ? [`${formatNumber(updated)} ${updated === 1 ? 'actualizado' : 'actualizados'}`]
        : []),
    ];
    const what = parts.length ? parts.join(' y ') : 'Nada nuevo';
    return from === 'visit'
      ? `${what} desde su última visita, el ${day}`
      : `${what} desde el ${day}`;
  },
  whatsNew: 'Novedades',
  showChangesSince: 'Mostrar los cambios desde…',
  clearChangesSince: 'Borrar la fecha',
  forgetLastVisit: 'Olvidar mi última visita',
  lastVisitForgotten: 'Su última visita está olvidada: este navegador ya no la guarda.',
  timelineUpdated: (date) => `Cronología actualizada: ${date}`,
  sinceInvalid: (quoted) =>
    `El enlace pide los cambios desde ${quoted}, que no es un día: escríbalo como AAAA-MM-DD, p. ej. 2020-07-01. Se ha ignorado.`,
  newOrUpdatedSince: (day) => `nuevos o actualizados desde el ${day}`,
  changeBadge: (kind) => (kind === 'new' ? 'Nuevo' : 'Actualizado'),
  legendNew: 'añadido desde el día de arriba',
  legendUpdated: 'cambiado desde el día de arriba',
  addedOn: 'Añadido',
  updatedOn: 'Actualizado',
  whatChanged: 'Qué cambió:',

  timelineShowing: 'Cronología, mostrando ',
  zoom: 'Zoom',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Ver todo',
  groupBy: 'Agrupar por',
  groupByNone: 'Nada',
  groupByTopic: 'Tema',
  groupByGroups: 'Grupos',
  ungrouped: 'Otros',
  eraItem: (title, range) => `${title}, ${range}`,

  story: 'Relato',
  playStory: 'Reproducir relato',
  pauseStory: 'Pausa',
  resumeStory: 'Continuar',
  playStoryAgain: 'Reproducir de nuevo',
  storyStep: 'Paso ',
  storyPrevious: 'Anterior',
  storyNext: 'Siguiente',
  storySpeed: 'Velocidad',
  exitStory: 'Salir del relato',

  noEventsMatch: 'Ningún acontecimiento coincide con estos filtros.',
  noEventsYet: 'Esta cronología aún no tiene acontecimientos.',
  legendKnownDay: 'día conocido',
  legendFuzzy: 'mes, estación o año',
  legendSpan: 'periodo prolongado',
  touchHelp: 'Pellizque para acercar, arrastre de lado para desplazarse',
  pointerHelp: (modifier) =>
    `${modifier} + rueda para acercar, arrastre o Mayús + rueda para desplazarse; ← → para recorrer los acontecimientos`,
  zoomHintLabel: 'Ayuda del zoom',
  zoomHint: (modifier) => `Use ${modifier} + rueda para acercar`,
  events: 'Acontecimientos',
  clusterName: (count, range) =>
    `${counted(count, { one: 'acontecimiento', other: 'acontecimientos' })}, ${range}`,
  overviewLabel: 'Vista general de toda la cronología',
  overviewCaption: 'Toda la cronología',
  showingRange: (range) => `Mostrando ${range}`,
  eventsInView: 'Uno a uno',
  showEventList: 'Mostrar la lista de acontecimientos',
  hideEventList: 'Ocultar la lista de acontecimientos',
  andMore: (n) => `Y ${formatNumber(n)} más: acerque o filtre para verlos en la lista.`,

  eventDetails: 'Detalles del acontecimiento',
  positionOf: (index, count) => `${formatNumber(index)} de ${formatNumber(count)}`,
  hiddenByFilters: 'Oculto por los filtros',
  closeDetails: 'Cerrar los detalles',
  close: 'Cerrar',
  approximate: ' (aproximada)',
  quotes: 'Citas',
  people: 'Personas',
  sourcesCited: 'Fuentes citadas',
  eventGroup: 'Grupo',
  printTopics: 'Temas: ',
  printGroup: '. Grupo: ',
  printPeople: '. Personas: ',
  printSources: (count) => (count === 1 ? 'Fuente: ' : 'Fuentes: '),
  showOnly: 'Mostrar solo',
  stepThroughEvents: 'Recorrer los acontecimientos',
  previousEvent: 'Acontecimiento anterior',
  nextEvent: 'Acontecimiento siguiente',
  previousShort: 'Anterior',
  nextShort: 'Siguiente',
  aboutTheDate: 'Sobre la fecha:',
  linkLedTo: 'Condujo a',
  linkResponseTo: 'En respuesta a',
  linkSeeAlso: 'Véase también',
  mediaNoun: (kind) => (kind === 'image' ? 'imagen' : kind === 'video' ? 'vídeo' : 'audio'),
  mediaFailed: (noun) =>
    `No se pudo cargar este ${noun === 'imagen' ? 'archivo de imagen' : noun}.`,
  mediaBlocked: (noun, site) =>
    `Este ${noun === 'imagen' ? 'archivo de imagen' : noun} no se muestra: viene de ${site}, y la política de seguridad de este sitio no lo permite.`,
  mediaUnplayable:
    'Esta imagen o vídeo no se puede mostrar: su dirección no es una que la cronología pueda reproducir.',
  playVideo: (name) => `Reproducir vídeo: ${name}`,
  videoPlayer: (name, site) => `Vídeo de ${site}: ${name}`,
  loadsFrom: (site) => `Se reproduce desde ${site} al pulsar reproducir`,
  aboutThisTimeline: 'Sobre esta cronología',
  startWithFirst: 'Empezar por el primer episodio',
  copyLink: 'Copiar enlace',
  share: 'Compartir…',
  linkCopied: 'Enlace copiado al portapapeles.',
  linkNamesFile: (file) =>
    ` Nombra «${file}», un archivo de este ordenador: otras personas necesitarán el archivo para ver el acontecimiento.`,
  copyThisLink: 'Copie este enlace:',

  makeYourOwn: 'Haga su propia cronología',
  ownDataIntro:
    'Abra la exportación CSV de una hoja de cálculo o un archivo JSON, o suéltelo en cualquier parte de esta página. El archivo se lee aquí, en su navegador, y no se sube. Empiece con la ',
  spreadsheetTemplate: 'plantilla de hoja de cálculo (CSV)',
  seeMediaTimeline: 'Ver una cronología con imágenes',
  seeMediaTimelineNote: ': una demostración inventada de imágenes, vídeo y sonido.',
  seeGroupsTimeline: 'Ver una cronología con grupos y épocas',
  seeGroupsTimelineNote: ': el programa Apolo, en misiones tripuladas y pruebas sin tripulación.',
  openAFile: 'Abrir un archivo…',
  openingFile: (name) => `Abriendo ${name}…`,

  export: 'Exportar',
  exportPng: 'Imagen (PNG)',
  exportSvg: 'Imagen (SVG)',
  exportCsv: 'Acontecimientos (CSV)',
  exportJson: 'Acontecimientos (JSON)',
  preparing: (what) => `Preparando ${what}…`,
  saved: (name) => `Guardado ${name}.`,
  couldNotBeMade: (what, reason) => `No se pudo crear ${what}${reason ? `: ${reason}` : ''}.`,

  embedTitle: 'Insertar esta cronología',
  embedFromFile:
    'Esta cronología se abrió desde un archivo de este ordenador, al que otro sitio no puede llegar. Publique el archivo en la web, ábralo desde allí e inserte eso.',
  embedIntro: (hasEvent, filtered) =>
    `Pegue este código en el HTML de su artículo. Muestra la cronología tal como está ahora${
      hasEvent ? ', con este acontecimiento abierto' : ''
    }${filtered ? (hasEvent ? ' y los filtros puestos' : ', con los filtros puestos') : ''}, y crece con su contenido.`,
  embedCode: 'Código para insertar',
  embedCopied: 'Código copiado al portapapeles.',
  embedSelected: 'El código está seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiarlo.',
  copy: 'Copiar',

  recordDataset: 'conjunto de datos',
  recordTimeline: 'cronología',
  recordTitleSlide: (label) => `diapositiva de título${label}`,
  recordColumnNames: 'fila 1 (los nombres de las columnas)',
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
  topicNeedsTitle: 'un tema necesita un título',
  problemsCsvHeader: ['registro', 'campo', 'problema'],

  eventsSkipped: (n) =>
    `${counted(n, { one: 'acontecimiento omitido', other: 'acontecimientos omitidos' })}`,
  problemsInData: (n) => `${counted(n, { one: 'problema', other: 'problemas' })} en los datos`,
  firstProblems: (shown, total) =>
    `Los primeros ${formatNumber(shown)} de ${formatNumber(total)} problemas:`,
  downloadProblems: 'Descargar todos los problemas (CSV)',
  unknownTopics: (quoted) => `Se ha ignorado el tema desconocido ${quoted} del enlace.`,
  eventNotFound: (quoted) =>
    `Acontecimiento no encontrado: el enlace nombra ${quoted}, que no está en esta cronología.`,
  linkToLocalFile: (quoted) =>
    `Este enlace se hizo desde ${quoted}, un archivo abierto en el ordenador de alguien. Ese archivo no está en la web, así que el enlace no puede mostrarlo. Si tiene el archivo, ábralo aquí.`,
  dataLinkInvalid: (quoted) => `El enlace de datos ${quoted} no es una dirección válida.`,
  dataLinkElsewhere: (quoted) =>
    `El enlace de datos ${quoted} apunta a otro sitio; solo se pueden mostrar los datos de este sitio.`,
  unknownOpenAt: (quoted) =>
    `El enlace pide abrir en ${quoted}, que esta cronología no conoce, así que se abre como de costumbre. («latest» abre el acontecimiento más reciente).`,

  storeTooLarge: (quoted, megabytes, limit) =>
    megabytes === null
      ? `${quoted} supera el límite de ${limit} de un archivo de cronología.`
      : `${quoted} ocupa ${formatNumber(megabytes)} MB, más que el límite de ${limit} de un archivo de cronología.`,
  storeFileUnreadable: (quoted) => `No se pudo leer ${quoted} de su ordenador.`,
  storeUnreachable: (quoted) =>
    `No se pudo acceder a ${quoted}. Compruebe su conexión y el enlace, y vuelva a intentarlo.`,
  storeConnectionBroke: (quoted) =>
    `La conexión se cortó mientras se cargaba ${quoted}. Vuelva a intentarlo.`,
  storeNotFound: (quoted, status) =>
    `No se encontró ${quoted}: el servidor respondió que no existe ese archivo (${status}). Compruebe el enlace.`,
  storeNotShared: (quoted, status) =>
    `${quoted} no está compartido públicamente: el servidor se negó a enviarlo (${status}). Publíquelo en la web o revise cómo está compartido.`,
  storeServerError: (quoted, status) =>
    `El servidor no pudo enviar ${quoted} (respondió ${status}). Vuelva a intentarlo más tarde.`,
  storeWorkerStopped: (quoted) =>
    `No se pudo leer ${quoted}: el navegador detuvo la parte de la página que lee los archivos grandes. Recargue la página para volver a intentarlo.`,
  storeEmpty: (quoted) => `${quoted} está vacío: no contiene datos.`,
  storeBlank: (quoted) => `${quoted} está vacío: solo contiene espacios en blanco.`,
  storeWorkbook: (quoted) =>
    `${quoted} es un libro de hoja de cálculo (como .xlsx), no un archivo CSV. En su hoja de cálculo, descargue o guarde la hoja como «CSV (UTF-8)» y abra ese archivo.`,
  storeUtf16: (quoted) =>
    `${quoted} está guardado como texto UTF-16, que la cronología no lee. Guárdelo de nuevo como UTF-8 (en Excel: «CSV UTF-8») y vuelva a abrirlo.`,
  storeNotUtf8: (quoted) =>
    `${quoted} no es texto UTF-8: puede estar guardado con otra codificación, o no ser un archivo de texto. Guárdelo como UTF-8 (CSV UTF-8 o JSON) y vuelva a abrirlo.`,
  storeWebPage: (quoted) =>
    `${quoted} es una página web, no datos de una cronología. Si es el enlace de una hoja de cálculo, use el enlace que esta da al publicarla en la web como CSV.`,
  jsonCutOff: (quoted) =>
    `${quoted} termina antes de tiempo: el archivo parece cortado. Vuelva a descargarlo o a guardarlo.`,
  jsonInvalid: (quoted) => `${quoted} no es JSON válido, así que la cronología no puede leerlo.`,
  jsonMistake: (quoted, line, column) =>
    `${quoted} no es JSON válido: hay un error en la línea ${line}, columna ${column}, como una coma o unas comillas que faltan.`,
  csvColumnMissing: (quoted, column) =>
    `${quoted} no tiene la columna «${column}». Su primera fila debe nombrar las columnas, como id, title, start, topics: cópielas de la plantilla.`,
  notATimeline: (quoted) => `${quoted} no es una cronología en el formato esperado. Lo que falla:`,

  storeUpdated: (added, changed, removed) => {
    const parts: string[] = [];
    if (added) {
      parts.push(counted(added, { one: 'acontecimiento nuevo', other: 'acontecimientos nuevos' }));
    }
    const participle = (n: number, forms: { one: string; other: string }) =>
      parts.length
        ? counted(n, forms)
        : `${counted(n, { one: 'acontecimiento', other: 'acontecimientos' })} ${
            pluralOf(n) === 'one' ? forms.one : forms.other
          }`;
    if (changed) parts.push(participle(changed, { one: 'modificado', other: 'modificados' }));
    if (removed) parts.push(participle(removed, { one: 'retirado', other: 'retirados' }));
    return parts.join(', ');
  },
  openEventRemoved: (quoted) =>
    `El acontecimiento que tenía abierto, ${quoted}, ha sido retirado de esta cronología por sus editores.`,
  updateFailed: (reason) =>
    `No se pudo mostrar una versión más reciente de esta cronología, así que se mantiene la cargada antes. ${reason}`,

  printableList: 'Lista imprimible de acontecimientos',
  openEvent: 'Acontecimiento abierto',
  theEvent: 'El acontecimiento',
  theEventsInOrder: 'Los acontecimientos, por orden cronológico',
  theEventsByBand: 'Los acontecimientos, banda por banda, cada una por orden cronológico',
  eras: 'Épocas',

  monthYear: (month, year) => `${month} de ${year}`,
  dayMonthYear: (day, month, year) => `${day} de ${month} de ${year}`,
  dayMonth: (day, month) => `${day} de ${month}`,
  monthSpanYear: (from, to, year) => `${from}–${to} de ${year}`,
  eraAd: 'd. C.',
  eraBc: 'a. C.',
  seasons: { Winter: 'Invierno', Spring: 'Primavera', Summer: 'Verano', Fall: 'Otoño' },
  seasonYear: (season, year) => `${season} de ${year}`,
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
};
