/**
 * Words patients use for what a page covers, when the page itself says it differently
 * ("appointment" for a page that says "consultation", "safe" for the risks page). They are
 * indexed, hidden, on that page (src/plugins/patient-search/SearchAliases.astro), together with the
 * glossary aliases of every term the page uses, so a plain-words search reaches it.
 *
 * Kept here, next to the search test's query set (test/fixtures/search-queries.json), rather than
 * in each page: whoever tunes search edits one file and never touches the medical text.
 * Rules: short phrases a patient would type; only topics the page really covers; no medical
 * claims. A unit test checks every key is a permanent page address.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const searchTerms = {
  '/understanding/compression-fractures/': ['broken back', 'spine fracture', 'back pain after a fall', 'symptoms of a fracture'],
  '/understanding/what-is-kyphoplasty/': ['what is kyphoplasty', 'balloon procedure', 'cement in the spine', 'how it is done'],
  '/understanding/is-it-right-for-me/': ['candidate', 'who can have it', 'should I have it', 'reasons not to have it', 'cancer', 'fracture from cancer', 'too old', 'deciding for a parent', 'deciding for my mother or father', 'mom', 'dad'],
  '/understanding/evidence/': ['does it work', 'how well it works', 'success rate', 'research', 'studies', 'proof', 'fake surgery', 'is it worth it', 'does it help', 'will it help', 'really help'],
  '/understanding/risks/': ['safe', 'safety', 'dangers', 'side effects', 'complications', 'new fracture', 'another fracture', 'what can go wrong', 'goes wrong', 'paralysis', 'paralyzed', 'scared', 'afraid'],
  '/understanding/alternatives/': ['without surgery', 'no surgery', 'not having surgery', 'non-surgical treatment', 'options', 'do nothing', 'doing nothing'],
  '/procedure/before/': ['preparing', 'getting ready', 'before surgery', 'fasting', 'blood thinners'],
  '/procedure/step-by-step/': ['on the day', 'how long it takes', 'awake or asleep', 'what they do'],
  '/procedure/recovery/': ['recovery time', 'recover', 'going home', 'driving', 'lifting', 'warning signs', 'aftercare'],
  '/procedure/bone-health/': ['osteoporosis treatment', 'osteoporosis medicine', 'bone medicine', 'prevent another fracture'],
  '/who-performs-it/': ['which doctor', 'what kind of doctor', 'specialist', 'who does kyphoplasty', 'who should do it', 'referred to a pain clinic'],
  '/who-performs-it/interventional-radiologists/': ['radiologist'],
  '/who-performs-it/neurosurgeons/': ['brain and spine surgeon'],
  '/who-performs-it/orthopedic-spine-surgeons/': ['bone surgeon'],
  '/who-performs-it/training-and-certification/': ['board certified', 'qualifications', 'credentials', 'training', 'license'],
  '/care-team/': ['team', 'nurses', 'who is in the room', 'operating room team', 'staff'],
  '/care-team/where-it-happens/': ['hospital or outpatient', 'outpatient center', 'overnight stay', 'equipment', 'operating room'],
  '/your-path/': ['referral', 'next steps', 'steps to treatment', 'timeline', 'family doctor', 'who sends you to a specialist'],
  '/your-path/preparing-for-your-consultation/': ['appointment', 'what to bring', 'first visit', 'doctor visit'],
  '/your-path/insurance-and-costs/': ['cost', 'price', 'how much', 'insurance', 'coverage', 'bill', 'pay', 'afford', 'can I afford it', 'out of pocket', 'Medicare says no', 'denied', 'WISeR'],
  '/choosing-a-provider/': ['choose a doctor', 'find a doctor', 'best doctor', 'who should do it', 'second opinion'],
  '/choosing-a-provider/check-a-doctor/': ['check a doctor', 'look up a doctor', 'is my doctor board certified', 'verify board certification', 'how many a doctor has done', 'number of procedures', 'Medicare data', 'hospital rating', 'overuse', 'Lown'],
  '/choosing-a-provider/questions-to-ask/': ['questions for my doctor', 'what to ask', 'list of questions'],
  '/faq/': ['frequently asked questions', 'FAQ'],
  '/handouts/questions-to-ask/': ['handout', 'printable question list'],
  '/handouts/after-your-kyphoplasty/': ['handout', 'discharge sheet', 'going home'],
  '/handouts/your-path/': ['handout', 'one-page summary'],
  '/for-clinics/': ['clinic', 'print', 'handouts', 'QR code', 'short link', 'poster', 'host a copy'],
  '/changelog/': ['changelog', 'updates', 'what is new'],
};

/**
 * The same for the Spanish pages, keyed by the English page they translate (the Spanish page is
 * that address under /es/). Words Spanish-speaking patients use; the Spanish glossary adds its own.
 * Tuned on test/fixtures/search-queries-es.json.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const searchTermsEs = {
  '/understanding/compression-fractures/': ['espalda rota', 'hueso roto en la columna', 'fractura de columna', 'dolor de espalda después de una caída', 'síntomas de una fractura'],
  '/understanding/what-is-kyphoplasty/': ['qué es la cifoplastia', 'procedimiento con globo', 'cemento en la columna', 'cómo se hace'],
  '/understanding/is-it-right-for-me/': ['es para mí', 'soy candidato', 'quién puede hacérsela', 'debo hacérmela', 'razones para no hacerla', 'cáncer', 'fractura por cáncer', 'demasiado mayor', 'decidir por mi madre o mi padre', 'mamá', 'papá'],
  '/understanding/evidence/': ['funciona', 'qué tan bien funciona', 'tasa de éxito', 'investigación', 'estudios', 'pruebas', 'cirugía simulada', 'vale la pena', 'me va a ayudar', 'cuál es mejor'],
  '/understanding/risks/': ['es seguro', 'seguridad', 'peligros', 'efectos secundarios', 'complicaciones', 'nueva fractura', 'otra fractura', 'qué puede salir mal', 'parálisis', 'quedar paralizado', 'miedo', 'fuga de cemento'],
  '/understanding/alternatives/': ['sin cirugía', 'no operarme', 'tratamiento sin cirugía', 'opciones', 'no hacer nada', 'faja', 'corsé'],
  '/understanding/weighing-your-options/': ['ayuda para decidir', 'decidir', 'comparar opciones', 'qué me importa'],
  '/procedure/before/': ['prepararse', 'antes de la cirugía', 'ayuno', 'anticoagulantes', 'dejar las medicinas'],
  '/procedure/step-by-step/': ['el día del procedimiento', 'cuánto dura', 'despierto o dormido', 'voy a estar despierto', 'qué hacen'],
  '/procedure/recovery/': ['tiempo de recuperación', 'recuperarse', 'volver a casa', 'manejar', 'manejar después', 'conducir', 'levantar peso', 'señales de alarma', 'cuidados después'],
  '/procedure/bone-health/': ['medicina para la osteoporosis', 'medicamentos para la osteoporosis', 'tratamiento de la osteoporosis', 'prevenir otra fractura'],
  '/who-performs-it/': ['qué médico', 'qué tipo de médico', 'especialista', 'quién hace la cifoplastia', 'me mandaron a una clínica del dolor'],
  '/who-performs-it/interventional-radiologists/': ['radiólogo'],
  '/who-performs-it/neurosurgeons/': ['cirujano de cerebro y columna'],
  '/who-performs-it/orthopedic-spine-surgeons/': ['cirujano de huesos'],
  '/who-performs-it/pain-medicine-physicians/': ['especialista en dolor', 'médico del dolor', 'clínica del dolor'],
  '/who-performs-it/training-and-certification/': ['certificado', 'cirujano certificado', 'médico certificado', 'títulos', 'credenciales', 'formación', 'licencia'],
  '/care-team/': ['equipo', 'enfermeras', 'quién está en la sala', 'personal'],
  '/care-team/where-it-happens/': ['hospital o clínica ambulatoria', 'centro ambulatorio', 'pasar la noche', 'equipos', 'quirófano'],
  '/your-path/': ['remisión', 'referido', 'próximos pasos', 'pasos hasta el tratamiento', 'médico de cabecera', 'médico de familia', 'quién me manda al especialista'],
  '/your-path/preparing-for-your-consultation/': ['cita', 'qué llevar', 'primera visita', 'visita al médico'],
  '/your-path/insurance-and-costs/': ['cuánto cuesta', 'precio', 'seguro médico', 'cobertura', 'factura', 'pagar', 'me lo negaron', 'Medicare dice que no', 'autorización previa'],
  '/choosing-a-provider/': ['elegir médico', 'buscar un médico', 'el mejor médico', 'quién debe hacerla', 'quién debe hacer mi cifoplastia', 'segunda opinión'],
  '/choosing-a-provider/check-a-doctor/': ['verificar a un médico', 'buscar a un médico', 'está certificado mi médico', 'cuántas ha hecho un médico', 'datos de Medicare', 'calificación del hospital'],
  '/choosing-a-provider/questions-to-ask/': ['preguntas para mi médico', 'qué preguntar', 'lista de preguntas'],
  '/choosing-a-provider/question-scorer/': ['comparar las respuestas', 'comparar médicos', 'puntuación'],
  '/faq/': ['preguntas frecuentes'],
  '/handouts/questions-to-ask/': ['hoja para imprimir', 'lista de preguntas para imprimir'],
  '/handouts/after-your-kyphoplasty/': ['hoja para imprimir', 'imprimir', 'hoja de alta', 'volver a casa'],
  '/handouts/your-path/': ['hoja para imprimir', 'resumen de una página'],
  '/for-clinics/': ['clínica', 'imprimir', 'hojas para imprimir', 'código QR', 'enlace corto', 'cartel'],
  '/changelog/': ['cambios', 'novedades', 'qué hay de nuevo'],
};
