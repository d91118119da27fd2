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
  fileOpened: (quoted, n) =>
    `Se abrió ${quoted}: ${counted(n, { one: 'acontecimiento', other: 'acontecimientos' })}.`,
  fileWithoutName: 'El archivo',
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
  linkLedElsewhere: (quoted, origin) =>
    `El enlace de datos ${quoted} llevó a otro sitio${origin === null ? '' : ` (${origin})`}, lo que no está permitido: solo se pueden mostrar los datos de este sitio y los de los sitios que enumera config.json.`,
  linkBlockedByPolicy: (quoted, origin) =>
    `No se pudo cargar el enlace de datos ${quoted}: la política de seguridad de este sitio no permite datos de ${origin}, aunque config.json lo enumera. Quien administra el sitio puede permitirlo con «npm run allow-origin -- ${origin}», que actualiza config.json y la política a la vez (o añadiéndolo a public/config.json y volviendo a compilar).`,
  linkRedirectFailed: (quoted) =>
    `El enlace de datos ${quoted} redirige a otra dirección, que no se pudo cargar.`,
  configUnreachable: (detail) =>
    `No se pudo cargar config.json (${detail}), así que solo se pueden mostrar los datos de este sitio.`,
  configNotJson: (detail) =>
    `config.json no es JSON válido (${detail}), así que solo se pueden mostrar los datos de este sitio.`,
  configNotAnObject: 'config.json debe contener un objeto, como { "allowedDataOrigins": [] }.',
  configUnknownSetting: (setting) =>
    `config.json: «${setting}» no es un ajuste que esta aplicación conozca (lee «allowedDataOrigins» y «allowedMediaOrigins»).`,
  configNotAList: (setting, example) =>
    `config.json: «${setting}» debe ser una lista, como ["${example}"].`,
  configBadEntry: (number, setting, value, because) =>
    `config.json: la entrada ${number} de «${setting}»${value && ` ${value}`}: ${because}.`,
  originNotText: 'debe ser texto entre comillas, como "https://example.com"',
  originBadCharacters: 'un origen no puede contener espacios, comillas, ; ni ,',
  originNoScheme: 'debe empezar por https://, como en https://example.com',
  originNotWebScheme: 'debe empezar por https://',
  originNotSiteOnly:
    'debe ser solo un sitio (esquema, host y puerto), sin ruta, consulta ni nombre de usuario',
  originWildcardNotFirst:
    'un comodín solo puede sustituir la primera parte del host, como en https://*.example.com',
  originInvalid: 'no es una dirección web válida',
  originNoHost: 'no nombra ningún host',
  originWildcardTooShort:
    'un comodín necesita un dominio de al menos dos partes, como en https://*.example.com',
  originPlainHttp: 'debe usar https (http sin cifrar solo se permite para localhost)',
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
  arrowInvalid: (quoted) =>
    `${quoted} no se pudo leer como archivo Arrow: puede estar dañado o incompleto. Vuelva a escribirlo, o expórtelo como JSON o CSV.`,
  arrowCompressed: (quoted) =>
    `${quoted} es un archivo Arrow comprimido, que la cronología no lee. Vuelva a escribirlo sin compresión.`,
  arrowColumnMissing: (quoted, column) =>
    `${quoted} no tiene la columna «${column}». Un almacén Arrow necesita las columnas id, title, start y topics.`,
  arrowColumnType: (quoted, column, type, wanted) =>
    `La columna «${column}» de ${quoted} contiene ${type}; debe contener ${wanted}.`,
  arrowWanted: {
    text: 'texto (Utf8)',
    date: 'fechas (Utf8 como AAAA-MM-DD, AAAA-MM o AAAA, o Date32, Date64, Timestamp)',
    'text-list': 'listas de texto (List<Utf8>), o texto con «;» entre los elementos',
    'struct-list': 'listas de estructuras (List<Struct>)',
  },
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
};
