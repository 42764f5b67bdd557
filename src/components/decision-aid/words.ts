/**
 * Every word a reader sees in the decision aid, per page language: the worksheet the server
 * renders (Worksheet.astro, DecisionAid.astro) and the messages and summary the browser element
 * builds (decision-aid-element.ts). The element never imports this module, only its types: the
 * page hands it the `answers` and `tool` words of its own language as data (data-words), so the
 * script carries no words and no reader downloads the other language.
 *
 * `{name}` marks a value filled in at run time (fillPlaceholders in
 * src/lib/decision-aid/placeholders.ts); each language must use the same ones
 * (test/unit/decision-aid-words.test.ts). The Spanish object is typed AidWords, so a missing
 * key fails `npm run check`.
 */
import type { AnswerWords } from '../../lib/decision-aid/leanings';
import type { AidReadError } from '../../lib/decision-aid/codec';
import type { SureId } from '../../lib/decision-aid/model';
import type { StoreFailure } from '../../lib/storage/local-store';

export type AidLanguage = 'en' | 'es';

/** Words for the answers themselves: shown on the worksheet and repeated in the summary. */
export interface AidAnswerWords extends AnswerWords {
  /** The short name of each SURE question, as the summary lists it. */
  sureLabels: Record<SureId, string>;
  yes: string;
  no: string;
}

/** The paper worksheet, rendered on the server (with or without JavaScript, on screen and paper). */
export interface AidSheetWords {
  /** Shown only without JavaScript, above the worksheet. */
  paperTitle: string;
  paperText: string;
  mattersHeading: string;
  mattersIntro: string;
  sureHeading: string;
  sureQuestions: Record<SureId, string>;
  nextHeading: string;
  nextLead: string;
  /** "read the <a>questions to ask</a> and pick…": the words before, in and after the link (either may be empty). */
  nextReadBefore: string;
  nextReadLink: string;
  nextReadAfter: string;
  /** The questions-to-ask page in this language. */
  nextReadHref: string;
  nextTalk: string;
  nextBring: string;
  questionsHeading: string;
  questionsLabel: string;
}

/** Everything the browser element says: messages, saved status, the summary and its buttons. */
export interface AidToolWords {
  /** Why saved answers could not be read: the first sentence of the "corrupt" message. */
  reasons: Record<AidReadError, string>;
  /** Why answers could not be saved: the first sentence of the "unsaved" message. */
  why: Record<StoreFailure | 'changed', string>;
  corruptTitle: string;
  /** Follows the reason in the same paragraph, hence its leading space. */
  corruptText: string;
  corruptDownload: string;
  corruptStartFresh: string;
  /** The file name of the unreadable data a reader downloads. */
  corruptFileName: string;
  unsavedTitle: string;
  /** Follows the reason in the same paragraph, hence its leading space. */
  unsavedText: string;
  unsavedRetry: string;
  elsewhereTitle: string;
  elsewhereText: string;
  elsewhereTheirs: string;
  elsewhereMine: string;
  summaryHeading: string;
  summaryIntro: string;
  /** {address}: the short link, without "https://". */
  qrAlt: string;
  readOnline: string;
  print: string;
  clear: string;
  mattersHeading: string;
  noAnswers: string;
  sureHeading: string;
  notAnswered: string;
  /** {yes}: how many of the 4 SURE questions were answered "yes". */
  sureNextSteps: string;
  sureAllYes: string;
  questionsHeading: string;
  noQuestions: string;
  saved: string;
  updatedFromOtherTab: string;
  unreadableDeleted: string;
  showingOtherTab: string;
  cleared: string;
  /** For screen readers, after a change: {statements} of {total} statements, {sure} of 4 SURE questions. */
  summaryUpdated: string;
}

export interface AidWords {
  answers: AidAnswerWords;
  sheet: AidSheetWords;
  tool: AidToolWords;
}

/** What the element receives in data-words: no sheet words, which are already on the page. */
export type AidScriptWords = Pick<AidWords, 'answers' | 'tool'>;

const en: AidWords = {
  answers: {
    statements: {
      'quick-relief': 'Getting relief from pain quickly.',
      'avoid-procedure': 'Avoiding a procedure if I can.',
      'cement-worry': 'Worry about cement leaking outside the bone.',
      'hospital-stay': 'Avoiding a hospital stay.',
      'fewer-painkillers': 'Needing fewer strong pain medicines.',
      cost: 'What it costs me.',
    },
    levels: {
      'a-lot': 'Matters a lot to me',
      some: 'Matters some',
      'a-little': 'Matters a little',
      'not-at-all': 'Does not matter to me',
    },
    leanings: {
      'either-procedure': 'Leans toward kyphoplasty or vertebroplasty.',
      'no-procedure': 'Leans toward care without a procedure.',
      none: 'Does not lean toward any option.',
    },
    sureLabels: {
      sure: 'Sure of myself',
      understand: 'Understand the information',
      'risk-benefit': 'Risk–benefit ratio',
      encouragement: 'Encouragement',
    },
    yes: 'Yes',
    no: 'No',
  },
  sheet: {
    paperTitle: 'Paper worksheet.',
    paperText: 'Mark your answers on screen, or print this page and use a pen.',
    mattersHeading: 'What matters most to me',
    mattersIntro: 'Mark how much each statement matters to you. Under each answer is the option it leans toward. The leanings are never added up.',
    sureHeading: 'Am I ready to decide? The SURE test',
    sureQuestions: {
      sure: 'Do you feel sure about the best choice for you?',
      understand: 'Do you know the benefits and risks of each option?',
      'risk-benefit': 'Are you clear about which benefits and risks matter most to you?',
      encouragement: 'Do you have enough support and advice to make a choice?',
    },
    nextHeading: 'If you answered “yes” 3 times or fewer',
    nextLead: 'You may not feel ready to decide yet. That is common, and there is time to find out more. You could:',
    nextReadBefore: 'read the ',
    nextReadLink: 'questions to ask',
    nextReadAfter: ' and pick the ones that matter to you',
    nextReadHref: '/choosing-a-provider/questions-to-ask/',
    nextTalk: 'talk it over with your care team, and with family or friends',
    nextBring: 'bring your summary to your next appointment',
    questionsHeading: 'My questions for my care team',
    questionsLabel: 'Write down what you want to ask, and anything that worries you.',
  },
  tool: {
    reasons: {
      'not-json': 'It is cut off or damaged.',
      'wrong-kind': 'It does not look like answers from this worksheet.',
      newer: 'It was saved by a newer version of this page.',
      'too-old': 'It was saved by an older version of this page that can no longer be read.',
      invalid: 'Some of it has been changed or damaged.',
    },
    why: {
      blocked: 'This browser does not let this page save anything.',
      full: 'The storage this browser keeps for this site is full.',
      changed: 'Your answers were changed in another tab or window.',
    },
    corruptTitle: 'We could not read the answers saved on this device',
    corruptText: ' They are kept, unchanged. Nothing new is saved until you choose.',
    corruptDownload: 'Download the saved data as it is',
    corruptStartFresh: 'Delete it and start saving again',
    corruptFileName: 'weighing-your-options-unreadable.json',
    unsavedTitle: 'Your answers are not saved',
    unsavedText: ' They are lost when you close this page. You can still print your summary.',
    unsavedRetry: 'Try saving again',
    elsewhereTitle: 'Your answers were changed in another tab or window',
    elsewhereText: 'Nothing has been overwritten. Choose which answers to keep.',
    elsewhereTheirs: 'Show the answers from the other tab',
    elsewhereMine: 'Keep the answers on this page',
    summaryHeading: 'My summary to bring',
    summaryIntro: 'Your own answers, to bring to your visit. It is not a recommendation or a prediction.',
    qrAlt: 'QR code for {address}',
    readOnline: 'Read the full page online: scan the code, or type {address}',
    print: 'Print my summary',
    clear: 'Clear my answers',
    mattersHeading: 'What matters most to me',
    noAnswers: 'No answers yet.',
    sureHeading: 'Am I ready to decide? (SURE test)',
    notAnswered: 'Not answered',
    sureNextSteps: 'You answered “yes” {yes} of 4 times. You may want more information or support before you decide: ask your care team.',
    sureAllYes: 'You answered “yes” to all 4.',
    questionsHeading: 'My questions',
    noQuestions: 'None written yet.',
    saved: 'Your answers are saved on this device only.',
    updatedFromOtherTab: 'Your answers were updated from another tab.',
    unreadableDeleted: 'The unreadable answers were deleted.',
    showingOtherTab: 'Showing the answers from the other tab.',
    cleared: 'Your answers were cleared.',
    summaryUpdated: 'Summary updated: {statements} of {total} statements and {sure} of 4 SURE questions answered.',
  },
};

/**
 * Plain Spanish for older readers in the US: "usted", short sentences, the words of the Spanish
 * weighing page, its handout, es.json and the Spanish glossary ("equipo médico", "tratamiento sin
 * procedimiento", "cemento fuera del hueso"). Gender-neutral where English is ("¿Ya puedo
 * decidir?" rather than "¿Estoy listo?"). The SURE letters stay as the test's English name;
 * each is followed by its Spanish meaning.
 */
const es: AidWords = {
  answers: {
    statements: {
      'quick-relief': 'Aliviar pronto el dolor.',
      'avoid-procedure': 'Evitar un procedimiento si puedo.',
      'cement-worry': 'Miedo a que el cemento se salga del hueso.',
      // Short, so the printed summary's line for it stays one line and the summary one page.
      'hospital-stay': 'No quedarme en el hospital.',
      'fewer-painkillers': 'Tomar menos medicinas fuertes para el dolor.',
      cost: 'Lo que me cuesta.',
    },
    levels: {
      'a-lot': 'Me importa mucho',
      some: 'Me importa algo',
      'a-little': 'Me importa poco',
      'not-at-all': 'No me importa',
    },
    leanings: {
      // Short enough for two lines under each answer on the printed handout (a quarter of the width).
      'either-procedure': 'Apunta a cifoplastia o vertebroplastia.',
      'no-procedure': 'Apunta a tratar sin procedimiento.',
      none: 'No apunta a ninguna opción.',
    },
    sureLabels: {
      // Not "Seguridad": beside a medical choice it reads as "safety", the scorer's group of that name.
      sure: 'Certeza',
      understand: 'Entender la información',
      'risk-benefit': 'Riesgos y beneficios',
      encouragement: 'Apoyo',
    },
    yes: 'Sí',
    no: 'No',
  },
  sheet: {
    paperTitle: 'Hoja en papel.',
    paperText: 'Marque sus respuestas en la pantalla, o imprima esta página y use un bolígrafo.',
    mattersHeading: 'Lo que más me importa',
    mattersIntro: 'Marque cuánto le importa cada frase. Bajo cada respuesta verá a qué opción apunta. Las respuestas nunca se suman.',
    sureHeading: '¿Ya puedo decidir? La prueba SURE',
    sureQuestions: {
      sure: '¿Tiene claro cuál es la mejor opción para usted?',
      understand: '¿Conoce los beneficios y los riesgos de cada opción?',
      'risk-benefit': '¿Sabe qué beneficios y qué riesgos le importan más?',
      encouragement: '¿Tiene el apoyo y los consejos que necesita para elegir?',
    },
    nextHeading: 'Si respondió “sí” 3 veces o menos',
    nextLead: 'Tal vez aún no puede decidir. Es común, y hay tiempo para saber más. Puede:',
    // The link last: printed, its long address then takes one line of its own, not two.
    nextReadBefore: 'elegir las que le importan de las ',
    nextReadLink: 'preguntas para el médico',
    nextReadAfter: '',
    nextReadHref: '/es/choosing-a-provider/questions-to-ask/',
    nextTalk: 'hablarlo con su equipo médico, y con familiares o amigos',
    nextBring: 'llevar su resumen a su próxima cita',
    questionsHeading: 'Mis preguntas para mi equipo médico',
    questionsLabel: 'Escriba lo que quiere preguntar y lo que le preocupa.',
  },
  tool: {
    reasons: {
      'not-json': 'Están cortadas o dañadas.',
      'wrong-kind': 'No parecen respuestas de esta hoja de trabajo.',
      newer: 'Se guardaron con una versión más nueva de esta página.',
      'too-old': 'Se guardaron con una versión vieja de esta página, que ya no se puede leer.',
      invalid: 'Una parte se cambió o se dañó.',
    },
    why: {
      blocked: 'Este navegador no deja que esta página guarde nada.',
      full: 'El espacio que este navegador tiene para este sitio está lleno.',
      changed: 'Sus respuestas se cambiaron en otra pestaña o ventana.',
    },
    corruptTitle: 'No pudimos leer las respuestas guardadas en este dispositivo',
    corruptText: ' Las dejamos como están, sin cambios. No se guarda nada nuevo hasta que usted elija.',
    corruptDownload: 'Descargar los datos guardados tal como están',
    corruptStartFresh: 'Borrar los datos y volver a guardar',
    corruptFileName: 'comparar-sus-opciones-ilegible.json',
    unsavedTitle: 'Sus respuestas no están guardadas',
    unsavedText: ' Se pierden al cerrar esta página. Aún puede imprimir su resumen.',
    unsavedRetry: 'Intentar guardar otra vez',
    elsewhereTitle: 'Sus respuestas se cambiaron en otra pestaña o ventana',
    elsewhereText: 'No se reemplazó nada. Elija qué respuestas quiere conservar.',
    elsewhereTheirs: 'Mostrar las respuestas de la otra pestaña',
    elsewhereMine: 'Conservar las respuestas de esta página',
    summaryHeading: 'Mi resumen para llevar',
    summaryIntro: 'Sus propias respuestas, para llevar a su cita. No es una recomendación ni una predicción.',
    qrAlt: 'Código QR de {address}',
    readOnline: 'Lea la página completa en internet: escanee el código o escriba {address}',
    print: 'Imprimir mi resumen',
    clear: 'Borrar mis respuestas',
    mattersHeading: 'Lo que más me importa',
    noAnswers: 'Todavía no hay respuestas.',
    sureHeading: '¿Ya puedo decidir? (prueba SURE)',
    notAnswered: 'Sin responder',
    sureNextSteps: 'Respondió “sí” a {yes} de las 4 preguntas. Tal vez quiera más información o apoyo antes de decidir: pregunte a su equipo médico.',
    sureAllYes: 'Respondió “sí” a las 4 preguntas.',
    questionsHeading: 'Mis preguntas',
    noQuestions: 'Todavía no escribió ninguna.',
    saved: 'Sus respuestas están guardadas solo en este dispositivo.',
    updatedFromOtherTab: 'Sus respuestas se actualizaron desde otra pestaña.',
    unreadableDeleted: 'Se borraron las respuestas que no se podían leer.',
    showingOtherTab: 'Se muestran las respuestas de la otra pestaña.',
    cleared: 'Se borraron sus respuestas.',
    summaryUpdated: 'Resumen actualizado: {statements} de {total} frases y {sure} de 4 preguntas SURE respondidas.',
  },
};

export const AID_WORDS: Record<AidLanguage, AidWords> = { en, es };

/** The words for a page language; anything but Spanish reads English, the site's root language. */
export const aidWordsFor = (lang: string): AidWords => (lang === 'es' ? AID_WORDS.es : AID_WORDS.en);

/** The part the browser element needs, for data-words. */
export const scriptWords = ({ answers, tool }: AidWords): AidScriptWords => ({ answers, tool });
