/** The Spanish messages <kg-scorer> needs only on rarer paths: see rare-words-en.ts. */
import type { RareWords } from './rare-words-en';

const words: RareWords = {
  // "Los datos", not "they": the same reason follows a heading about answers, a file or a link.
  reasons: {
    'not-json': 'Los datos están incompletos o dañados.',
    'not-scorer': 'Los datos no parecen ser respuestas de este comparador.',
    newer: 'Los datos se guardaron con una versión más nueva de esta página.',
    'too-old': 'Los datos se guardaron con una versión vieja de esta página que ya no se puede leer.',
    invalid: 'Una parte de los datos se cambió o se dañó.',
  },
  banners: {
    corrupt: {
      heading: 'No pudimos leer las respuestas guardadas en este dispositivo',
      text: 'Los datos siguen guardados, sin cambios. Nada de lo que haga en esta página se guarda hasta que usted elija qué hacer.',
      'download-raw': 'Descargar los datos guardados tal como están',
      'start-fresh': 'Borrarlos y volver a guardar',
    },
    elsewhere: {
      heading: 'Sus respuestas cambiaron en otra pestaña o ventana',
      text: 'Las respuestas de esta página no se han guardado, y no se ha reemplazado nada. Elija qué respuestas quiere conservar.',
      theirs: 'Mostrar las respuestas de la otra pestaña',
      mine: 'Conservar las respuestas de esta página',
      'save-file': 'Descargar las respuestas de esta página (archivo)',
    },
    pending: {
      heading: 'Está viendo respuestas de un {from}',
      text: 'Sus propias respuestas guardadas siguen en este dispositivo, sin cambios. Lo que cambie ahora no se guarda hasta que usted elija.',
      adopt: 'Quedarme con estas respuestas en lugar de las mías',
      discard: 'Volver a mis respuestas guardadas',
      'save-file': 'Descargar estas respuestas (archivo)',
    },
  },
  changedElsewhere: 'Sus respuestas cambiaron en otra pestaña o ventana. Esta página ahora las muestra.',
  changedUnreadable: 'Las respuestas cambiaron en otra pestaña o ventana, y aquí no se pueden leer.',
  fileNotOpened: 'No se pudo abrir ese archivo. {reason} No se cambió nada.',
  // Both masculine: "del enlace", "del archivo", "de un enlace".
  from: { link: 'enlace', file: 'archivo' },
  loadedAndSaved: 'Se abrieron las respuestas del {from} y se guardaron en este dispositivo.',
  showingNotSaved: 'Estas son las respuestas del {from}. No están guardadas. {why}',
  showingNotSavedYet: 'Estas son las respuestas del {from}. Todavía no están guardadas.',
  sharedSaved: 'Alguien le envió estas respuestas en un enlace. Ahora están guardadas en este dispositivo, así que puede volver a verlas.',
  sharedNotSaved: 'Alguien le envió estas respuestas en un enlace. No están guardadas en este dispositivo. {why}',
  copied: 'Enlace copiado. Péguelo en un mensaje de texto o en un correo electrónico.',
  copyYourself: 'Seleccione el enlace y cópielo usted.',
  shareTitle: 'Comparación de las respuestas de los médicos sobre la cifoplastia',
  sentToApp: 'El enlace se pasó a la aplicación que usted eligió.',
  notSent: 'No se envió.',
  confirmStartOwn: '¿Borrar de este dispositivo estas respuestas compartidas y empezar las suyas? El enlace que le enviaron todavía las abre.',
  startedOwn: 'Empezó una comparación nueva. El enlace que le enviaron todavía abre las respuestas compartidas.',
  fileName: 'preguntas-cifoplastia-{date}.json',
  unreadableFileName: 'preguntas-cifoplastia-ilegibles.json',
  savingAgain: 'Sus respuestas se guardan otra vez. Se borraron los datos que no se podían leer.',
  notDeleted: 'No se pudieron borrar los datos que no se pueden leer. {why}',
  backToSaved: 'Volvió a sus respuestas guardadas.',
  adopted: 'Se guardaron estas respuestas. Reemplazaron las que tenía.',
  notAdopted: 'No se pudieron guardar estas respuestas. {why} Sus propias respuestas guardadas no cambiaron. Descargue un archivo para conservar estas.',
  stillNotSaved: 'Sus respuestas todavía no están guardadas. {why}',
  saved: 'Se guardaron sus respuestas.',
  showingOther: 'Estas son las respuestas guardadas en la otra pestaña o ventana.',
  keptMine: 'Se guardaron. Las respuestas de esta página reemplazaron las de la otra pestaña o ventana.',
  notSaved: 'No se guardaron sus respuestas. {why}',
  /** The comparison's heading while it shows answers from a link (only ever after rare.ts has loaded). */
  sharedComparison: 'Una comparación que le enviaron',
  /** Why a write failed when another tab or window changed the answers (whyNotSaved's other reasons are in script-words). */
  whyChanged: 'Sus respuestas cambiaron en otra pestaña o ventana.',
};

export default words;
