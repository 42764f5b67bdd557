/**
 * Every word the question scorer shows, in each language of the site. The group names are the
 * site's interface strings (`kg.category.*` in src/content/i18n/), shared with the handout.
 *
 *  - `page`: rendered on the server by QuestionScorer.astro (the paper checklist, the "not saved" banner,
 *    the buttons). None of it ships as JavaScript.
 *  - `script`: the messages <kg-scorer> writes itself (notices, confirm() questions, results),
 *    in files of their own per language, so each page's script loads its own language's words
 *    and no other: script-words-*.ts on first load, rare-words-*.ts with the code for rarer paths
 *    (rare.ts). The server uses a few of them (tone names, the default doctor name). Not in the
 *    page as data: that was tried (2026-12-06) and put the page over its total-transfer budget.
 *
 * `{name}`-style placeholders are filled by fill.ts, which writes numbers the reader's way.
 * `{ one, other }` pairs are plurals, chosen by Intl.PluralRules. The Spanish object has the
 * English one's type, so a missing or extra key fails `npm run check`;
 * test/unit/scorer-words.test.ts checks that every message keeps its placeholders.
 */
import type { CategoryId, Weight } from '../../lib/scorer/model';
import rareEn, { type RareWords } from './rare-words-en';
import rareEs from './rare-words-es';
import scriptEn, { type FirstWords } from './script-words-en';
import scriptEs from './script-words-es';

const en = {
  page: {
    noScript:
      'Adding up and comparing the answers needs JavaScript, which is not running in this browser. Print this page instead: it is a two-page answer sheet to take to each appointment.',
    answerSheetTitle: 'Answer sheet.',
    answerSheet:
      'For each question, circle the letter of the answer closest to what each doctor said. The last two letters of every question mean “I didn\'t ask” and “Not sure what they meant”: they never count against a doctor.',
    unsaved: {
      heading: 'Your answers are not saved',
      text: 'What you see here is lost when you close this page. Download a file to keep it.',
      download: 'Download my answers (file)',
      retry: 'Try saving again',
    },
    doctorsHeading: 'Your doctors',
    doctorsIntro: 'Add up to {n} doctors. Use any name you will recognize. Names stay on this device.',
    nameOf: 'Name of doctor {n}',
    remove: 'Remove doctor {n}',
    add: 'Add another doctor',
    weightsHeading: 'What matters most to you',
    weightsMore: 'Change how much each group counts (optional)',
    // Why every group starts at the same weight, then how to change it.
    weightsIntro:
      'Every group starts at "Normal". We found no study showing that one group of answers matters more than another for how people do. Change a group to make it count more or less in the overall number. “Leave out” removes it. Red flags are always shown.',
    weights: { 0: 'Leave out', 1: 'Less', 2: 'Normal', 3: 'More' } satisfies Record<Weight, string>,
    covers: {
      'evidence-fit': 'Is the procedure right for you, and what do studies show?',
      experience: 'Training, board certification, hospital approval and how often they do it.',
      safety: 'How they prevent, watch for and handle problems during the procedure.',
      'team-setting': 'Who looks after you, where it happens, and the plan if something goes wrong.',
      'after-care': 'Your bone health afterwards, and what results to expect.',
    } satisfies Record<CategoryId, string>,
    questionsHeading: 'The {n} questions',
    questionsIntro: 'Choose the answer closest to what the doctor said. “I didn\'t ask” and “Not sure” never count against a doctor.',
    whoLegend: 'Whose answers are you recording?',
    stepsLabel: 'Questions',
    didNotAsk: "I didn't ask",
    notCounted: '(not counted)',
    why: 'Why this matters',
    sources: 'Sources:',
    previous: 'Previous',
    previousLabel: 'Previous question',
    next: 'Next',
    nextLabel: 'Next question',
    seeComparison: 'See comparison',
    startOwn: 'Start your own comparison',
    meaningLead: 'What this shows:',
    meaning:
      'how complete and how reassuring the answers you wrote down were. It is not a prediction of how your treatment will go, and it is not a rating of any doctor.',
    empty: 'No answers yet. As you choose answers, each doctor’s results appear here, side by side.',
    toolsHeading: 'Save, share or print',
    toolsIntro: 'Your answers are saved in this browser, on this device, as you go. Nothing is sent anywhere.',
    sendHeading: 'Send the comparison',
    sendIntro: 'Send a short link, for example in a text message.',
    sendWarning: "The link carries the doctors' names and every answer to whoever gets it",
    sendWarningEnd: ', and to anyone they pass it on to. It never passes through us.',
    namesInLink: "Put the doctors' names in the link",
    send: 'Send the comparison',
    showLink: 'Show the link',
    linkLabel: 'Link to the comparison',
    copy: 'Copy link',
    keepHeading: 'Keep or print',
    download: 'Download my answers (file)',
    open: 'Open a saved file',
    print: 'Print the comparison',
    printBlank: 'Print a blank answer sheet',
    clear: 'Clear all answers',
  },

  script: { ...scriptEn, ...rareEn },
};

export type ScorerWords = typeof en;
/** The messages <kg-scorer> writes, in one language (script-words-en.ts, script-words-es.ts). */
export type ScriptWords = FirstWords & RareWords;
/** A message with plural forms, chosen by Intl.PluralRules ("one", or "other" for every other count). */
export type PluralForms = { one: string; other: string };

// Plain Spanish for older readers in the US, "usted", with the words of the Spanish scorer page
// (question-scorer.mdx): "médico", "señal de alerta", "No pregunté", "Dejar fuera", "contestó 9 de 14".
const es: ScorerWords = {
  page: {
    noScript:
      // No page count: the Spanish questions are longer, and at 12 pt the sheet takes three pages, not two.
      'Para sumar y comparar las respuestas hace falta JavaScript, y no está funcionando en este navegador. Imprima esta página: es una hoja de respuestas para llevar a cada cita.',
    answerSheetTitle: 'Hoja de respuestas.',
    answerSheet:
      'En cada pregunta, marque con un círculo la letra de la respuesta más parecida a lo que dijo cada médico. Las dos últimas letras de cada pregunta son “No pregunté” y “No estoy seguro de lo que quiso decir”: nunca cuentan en contra de un médico.',
    unsaved: {
      heading: 'Sus respuestas no están guardadas',
      text: 'Lo que ve aquí se pierde cuando cierre esta página. Descargue un archivo para conservarlo.',
      download: 'Descargar mis respuestas (archivo)',
      retry: 'Intentar guardar otra vez',
    },
    doctorsHeading: 'Sus médicos',
    doctorsIntro: 'Agregue hasta {n} médicos. Use cualquier nombre que usted reconozca. Los nombres se quedan en este dispositivo.',
    nameOf: 'Nombre del médico {n}',
    remove: 'Quitar al médico {n}',
    add: 'Agregar otro médico',
    weightsHeading: 'Lo que más le importa',
    weightsMore: 'Cambiar cuánto cuenta cada grupo (opcional)',
    weightsIntro:
      'Cada grupo empieza en "Normal". No encontramos ningún estudio que muestre que un grupo de respuestas importa más que otro para cómo le va a la gente. Cambie un grupo para que cuente más o menos en el número total. “Dejar fuera” lo quita. Las señales de alerta siempre se muestran.',
    weights: { 0: 'Dejar fuera', 1: 'Menos', 2: 'Normal', 3: 'Más' },
    covers: {
      'evidence-fit': '¿Es el procedimiento adecuado para usted? ¿Qué muestran los estudios?',
      experience: 'Formación, certificación de especialidad, permiso del hospital y cada cuánto lo hacen.',
      safety: 'Cómo evitan, vigilan y manejan los problemas durante el procedimiento.',
      'team-setting': 'Quién lo cuida, dónde se hace y el plan si algo sale mal.',
      'after-care': 'La salud de sus huesos después, y qué resultados esperar.',
    },
    questionsHeading: 'Las {n} preguntas',
    questionsIntro: 'Elija la respuesta más parecida a lo que dijo el médico. “No pregunté” y “No estoy seguro” nunca cuentan en contra de un médico.',
    whoLegend: '¿De qué médico está anotando las respuestas?',
    stepsLabel: 'Preguntas',
    didNotAsk: 'No pregunté',
    notCounted: '(no cuenta)',
    why: 'Por qué importa',
    sources: 'Fuentes:',
    previous: 'Anterior',
    previousLabel: 'Pregunta anterior',
    next: 'Siguiente',
    nextLabel: 'Pregunta siguiente',
    seeComparison: 'Ver la comparación',
    startOwn: 'Empezar una comparación propia',
    meaningLead: 'Lo que muestra:',
    meaning:
      'qué tan completas y qué tan tranquilizadoras fueron las respuestas que usted anotó. No predice cómo le irá con el tratamiento. No es una calificación de ningún médico.',
    empty: 'Todavía no hay respuestas. Cuando elija respuestas, los resultados de cada médico aparecen aquí, lado a lado.',
    toolsHeading: 'Guardar, enviar o imprimir',
    toolsIntro: 'Sus respuestas se guardan en este navegador, en este dispositivo, a medida que avanza. No se envía nada a ninguna parte.',
    sendHeading: 'Enviar la comparación',
    sendIntro: 'Envíe un enlace corto, por ejemplo en un mensaje de texto.',
    sendWarning: 'El enlace lleva los nombres de los médicos y cada respuesta a quien lo reciba',
    sendWarningEnd: ', y a cualquiera a quien se lo pase. Nunca pasa por nosotros.',
    namesInLink: 'Poner los nombres de los médicos en el enlace',
    send: 'Enviar la comparación',
    showLink: 'Mostrar el enlace',
    linkLabel: 'Enlace a la comparación',
    copy: 'Copiar el enlace',
    keepHeading: 'Conservar o imprimir',
    download: 'Descargar mis respuestas (archivo)',
    open: 'Abrir un archivo guardado',
    print: 'Imprimir la comparación',
    printBlank: 'Imprimir una hoja de respuestas en blanco',
    clear: 'Borrar todas las respuestas',
  },

  script: { ...scriptEs, ...rareEs },
};

export const SCORER_WORDS: Record<'en' | 'es', ScorerWords> = { en, es };
