//! Strings for the Mood screens (questionnaires, daily mood, trends), and the words for the
//! scale values they show. `Key => "English" | "Español"`.

use super::{strings, Tr};
use crate::domain::core::model::ScaleKind;
use crate::domain::mood::scales::{Band, Severity};

strings! {
    /// Mood screen strings.
    MoodK {
    // ----- Mood page -----
    MoodTitle => "Mood over time" | "Ánimo a lo largo del tiempo",
    MoodIntro => "Short questionnaires every week or two, and a daily mood number, show how you are doing over the weeks. Your clinic may ask to see them." | "Cuestionarios breves cada una o dos semanas, y un número diario de ánimo, muestran cómo está a lo largo de las semanas. Su clínica puede pedir verlos.",
    QuestionnairesTitle => "Questionnaires" | "Cuestionarios",
    Phq9Title => "PHQ-9: depression" | "PHQ-9: depresión",
    Gad7Title => "GAD-7: anxiety" | "GAD-7: ansiedad",
    Pcl5Title => "PCL-5: PTSD symptoms" | "PCL-5: síntomas de TEPT",
    LastScore => "Last score: {total} out of {max}, on {date}." | "Último puntaje: {total} de {max}, el {date}.",
    LastBand => "Level: {band}." | "Nivel: {band}.",
    NotTakenYet => "Not taken yet." | "Aún no lo ha hecho.",
    DueFirst => "Take it now to have a starting point." | "Hágalo ahora para tener un punto de partida.",
    DueFirstPcl5 => "Optional: take it if your clinic asked you to track PTSD symptoms." | "Opcional: hágalo si su clínica le pidió seguir los síntomas de TEPT.",
    DueNotYet => "Next one due {date}." | "El próximo toca el {date}.",
    DueNow => "Due now." | "Toca ahora.",
    DueOverdueOne => "Due now: 1 day past the usual time." | "Toca ahora: 1 día después de lo habitual.",
    DueOverdue => "Due now: {days} days past the usual time." | "Toca ahora: {days} días después de lo habitual.",
    RemindersOff => "Reminders for questionnaires are off in settings. Take it whenever you like." | "Los recordatorios de cuestionarios están apagados en la configuración. Hágalo cuando quiera.",
    Pcl5Monthly => "The PCL-5 asks about the past month, so it comes due once a month (every {days} days), not every week." | "El PCL-5 pregunta por el último mes, así que toca una vez al mes (cada {days} días), no cada semana.",
    Start => "Start" | "Empezar",
    StartAgain => "Take it again" | "Hacerlo de nuevo",
    ContinueDraft => "Continue ({answered} of {count} answered)" | "Continuar ({answered} de {count} respondidas)",
    Item9Reminder => "Your last PHQ-9 answer to question 9 was above \"Not at all\". Nobody watches this app: if these thoughts are with you, please reach out now." | "Su última respuesta a la pregunta 9 del PHQ-9 fue más que \"Ningún día\". Nadie vigila esta app: si tiene estos pensamientos, busque ayuda ahora.",

    // ----- Progress against the baseline -----
    ProgressTitle => "Progress" | "Progreso",
    NoBaselineNoSession => "No baseline yet: no session is recorded, so there is no score from before treatment to compare with." | "Aún no hay punto de partida: no hay ninguna sesión registrada, así que no hay un puntaje de antes del tratamiento para comparar.",
    NoBaselineNoneBefore => "No baseline yet: there is no score from before your first session." | "Aún no hay punto de partida: no hay un puntaje de antes de su primera sesión.",
    NoBaselinePick => "You can pick one of your scores as the starting point below." | "Puede elegir uno de sus puntajes como punto de partida aquí abajo.",
    NothingSince => "Starting point: {total} on {date}. No score since then yet." | "Punto de partida: {total} el {date}. Todavía no hay otro puntaje desde entonces.",
    ComparedLower => "From {from} on {from_date} to {to} on {to_date}: {points} points lower." | "De {from} el {from_date} a {to} el {to_date}: {points} puntos menos.",
    ComparedHigher => "From {from} on {from_date} to {to} on {to_date}: {points} points higher." | "De {from} el {from_date} a {to} el {to_date}: {points} puntos más.",
    ComparedLowerOne => "From {from} on {from_date} to {to} on {to_date}: 1 point lower." | "De {from} el {from_date} a {to} el {to_date}: 1 punto menos.",
    ComparedHigherOne => "From {from} on {from_date} to {to} on {to_date}: 1 point higher." | "De {from} el {from_date} a {to} el {to_date}: 1 punto más.",
    ComparedSame => "From {from} on {from_date} to {to} on {to_date}: no change." | "De {from} el {from_date} a {to} el {to_date}: sin cambio.",
    DropPercent => "That is {percent}% lower than the starting point." | "Es un {percent}% menos que el punto de partida.",
    Responded => "Response: the score fell by half or more." | "Respuesta: el puntaje bajó a la mitad o más.",
    PartialResponse => "Partial response: the score fell by a quarter to a half." | "Respuesta parcial: el puntaje bajó entre un cuarto y la mitad.",
    NotResponded => "Not a response yet: the score fell by less than a quarter, or rose." | "Todavía no es una respuesta: el puntaje bajó menos de un cuarto, o subió.",
    ResponseFromZero => "The starting point was 0, so a response cannot be measured." | "El punto de partida fue 0, así que no se puede medir una respuesta.",
    Remission => "Remission: a score under 5." | "Remisión: un puntaje menor de 5.",
    MicBetter => "A fall of 5 points or more: the smallest change that usually matters to a person." | "Una bajada de 5 puntos o más: el cambio más pequeño que suele importar a una persona.",
    MicWorse => "A rise of 5 points or more: worth telling your clinic." | "Una subida de 5 puntos o más: vale la pena decírselo a su clínica.",
    MicSteady => "Less than 5 points either way: smaller than the change that usually matters." | "Menos de 5 puntos en cualquier sentido: menos que el cambio que suele importar.",
    Gad7PointsOnly => "The GAD-7 has no agreed rule for a response: the points show the change." | "El GAD-7 no tiene una regla acordada de respuesta: los puntos muestran el cambio.",
    Pcl5MeaningfulDrop => "Down 10 points or more: a change that clinicians count as meaningful." | "Bajó 10 puntos o más: un cambio que los clínicos consideran importante.",
    Pcl5Response => "Down 5 to 9 points: the smallest fall that counts as a response." | "Bajó de 5 a 9 puntos: la bajada más pequeña que cuenta como respuesta.",
    Pcl5Steady => "Less than 5 points either way." | "Menos de 5 puntos en cualquier sentido.",
    Pcl5Rise => "Up 5 to 9 points: worth telling your clinic." | "Subió de 5 a 9 puntos: vale la pena decírselo a su clínica.",
    Pcl5MeaningfulRise => "Up 10 points or more: please tell your clinic." | "Subió 10 puntos o más: por favor, dígaselo a su clínica.",
    RulesNote => "These are the usual rules from research, not a judgement. Talk them over with your clinic." | "Estas son las reglas habituales de la investigación, no un juicio. Háblelas con su clínica.",
    BaselineLabel => "Your starting score (the one to compare with)" | "Su puntaje de partida (con el que se compara)",
    BaselineDefault => "Default: last score before your first session" | "Predeterminado: último puntaje antes de su primera sesión",
    BaselineOption => "{date}: {total}" | "{date}: {total}",
    BaselineHint => "Your change is shown at once and kept on this phone until you pick another." | "Su cambio se ve enseguida y se guarda en este teléfono hasta que elija otro.",

    // ----- Bands -----
    Minimal => "Minimal" | "Mínima",
    Mild => "Mild" | "Leve",
    Moderate => "Moderate" | "Moderada",
    ModeratelySevere => "Moderately severe" | "Moderadamente grave",
    Severe => "Severe" | "Grave",
    BandRange => "{band} ({low}–{high})" | "{band} ({low}–{high})",
    BandsOf => "Levels: {list}." | "Niveles: {list}.",
    Pcl5NoBands => "The PCL-5 has no severity levels. A score from 31 to 33, or higher, suggests talking with a clinician about PTSD. It is not a diagnosis." | "El PCL-5 no tiene niveles de gravedad. Un puntaje de 31 a 33, o más alto, indica que conviene hablar con un clínico sobre el TEPT. No es un diagnóstico.",
    Pcl5AtOrAbove => "Your score is 31 or more, in or above the range (31 to 33) that suggests talking with a clinician about PTSD: please talk with your clinician about it." | "Su puntaje es 31 o más, dentro o por encima del rango (31 a 33) que indica que conviene hablar con un clínico sobre el TEPT: por favor, hable de ello con su clínico.",
    Pcl5Below => "Your score is below 31, under the range (31 to 33) that suggests talking with a clinician about PTSD. If something worries you, you can still talk with them." | "Su puntaje es menor de 31, por debajo del rango (31 a 33) que indica que conviene hablar con un clínico sobre el TEPT. Si algo le preocupa, puede hablar con él de todos modos.",

    // ----- Taking a questionnaire -----
    UnknownScale => "There is no questionnaire at this address." | "No hay ningún cuestionario en esta dirección.",
    BackToMood => "Back to Mood" | "Volver a Ánimo",
    QuestionOf => "Question {n} of {count}" | "Pregunta {n} de {count}",
    SkipForNow => "Skip for now" | "Saltar por ahora",
    SavedEachAnswer => "Each answer is saved on this phone as you go, so you can stop and come back." | "Cada respuesta se guarda en este teléfono al momento, así que puede parar y volver.",
    ShownInEnglish => "This questionnaire has no official Spanish version, so it is shown in English." | "Este cuestionario no tiene una versión oficial en español, así que se muestra en inglés.",
    ReviewTitle => "Check and finish" | "Revisar y terminar",
    AllAnswered => "You answered all {count} questions." | "Respondió las {count} preguntas.",
    Finish => "Finish and see the score" | "Terminar y ver el puntaje",
    MissingOne => "1 question has no answer yet." | "1 pregunta aún no tiene respuesta.",
    MissingMany => "{n} questions have no answer yet." | "{n} preguntas aún no tienen respuesta.",
    NoTotalYet => "A score is shown only when every question is answered. Your answers so far are saved, so you can finish later." | "El puntaje solo se muestra cuando todas las preguntas tienen respuesta. Sus respuestas se guardaron, así que puede terminar más tarde.",
    AnswerQuestion => "Answer question {n}" | "Responder la pregunta {n}",
    ChangeQuestion => "Change question {n}" | "Cambiar la pregunta {n}",
    NotAnswered => "No answer yet" | "Sin respuesta",

    // ----- Result -----
    ResultScore => "Score: {total} out of {max}" | "Puntaje: {total} de {max}",
    ResultLevel => "Level: {band}" | "Nivel: {band}",
    FinishedOn => "Finished on {date}." | "Terminado el {date}.",
    YourAnswers => "Your answers" | "Sus respuestas",
    ReadOnly => "A finished questionnaire is not changed. To correct an answer, start a new one with the same answers." | "Un cuestionario terminado no se cambia. Para corregir una respuesta, empiece uno nuevo con las mismas respuestas.",
    Correct => "Correct an answer (adds a new one)" | "Corregir una respuesta (agrega uno nuevo)",
    ContinueOpenDraft => "You have an unfinished one: continue it" | "Tiene uno sin terminar: continúelo",
    Item9Answered => "In this questionnaire you answered question 9 (thoughts that you would be better off dead or of hurting yourself) with \"{answer}\". Nobody watches this app. Please talk to someone; these numbers are one tap away:" | "En este cuestionario respondió la pregunta 9 (pensamientos de que estaría mejor muerto(a) o de lastimarse) con \"{answer}\". Nadie vigila esta app. Por favor, hable con alguien; estos números están a un toque:",

    // ----- Item 9 safety panel -----
    SafetyTitle => "About your answer to question 9" | "Sobre su respuesta a la pregunta 9",
    SafetyLead => "You said you have had thoughts that you would be better off dead or of hurting yourself. Many people have thoughts like these, and help is there." | "Usted dijo que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Muchas personas tienen pensamientos así, y hay ayuda.",
    SafetyNobody => "Nobody watches this app. Your answer stays on this phone: your clinic will not see it unless you tell them." | "Nadie vigila esta app. Su respuesta se queda en este teléfono: su clínica no la verá a menos que usted se lo diga.",
    SafetyReachOut => "Please talk to someone now or today:" | "Por favor, hable con alguien ahora o hoy:",
    SafetyStepsTitle => "What to do right now" | "Qué hacer ahora mismo",
    SafetyStepDanger => "If you might act on these thoughts, or you are in danger, call your emergency number now." | "Si cree que podría actuar según estos pensamientos, o está en peligro, llame ahora a su número de emergencia.",
    SafetyStepTalk => "If not, call or text a crisis line, or call your clinic today, and tell them about this answer." | "Si no, llame o mande un mensaje a una línea de crisis, o llame hoy a su clínica, y cuénteles esta respuesta.",
    SafetyStepNear => "Stay near someone you trust, and move away from anything you could use to hurt yourself." | "Quédese cerca de alguien de confianza y aléjese de cualquier cosa con la que pueda hacerse daño.",
    SafetyStepKept => "Your answer is saved and counts in your score. You can go on with the questionnaire afterwards." | "Su respuesta está guardada y cuenta en su puntaje. Puede seguir con el cuestionario después.",
    SafetyAcknowledge => "I have read this" | "Lo he leído",

    // ----- Trends -----
    TrendsTitle => "Trends" | "Tendencias",
    RangeLabel => "Time range" | "Período",
    RangeFourWeeks => "4 weeks" | "4 semanas",
    RangeThreeMonths => "3 months" | "3 meses",
    RangeAll => "All" | "Todo",
    ChartSummaryOne => "{name}: 1 result, {latest}, on {first}." | "{name}: 1 resultado, {latest}, el {first}.",
    ChartSummary => "{name}: {count} results from {first} to {last}; latest {latest}." | "{name}: {count} resultados del {first} al {last}; el último, {latest}.",
    ChartEmpty => "No results in this period." | "No hay resultados en este período.",
    LegendSession => "Session day" | "Día de sesión",
    LegendCutPoint => "31: from here (31 to 33 or higher), talking with a clinician about PTSD is suggested" | "31: desde aquí (31 a 33 o más), conviene hablar con un clínico sobre el TEPT",
    ShowNumbers => "Show the numbers" | "Ver los números",
    ColDate => "Date" | "Fecha",
    ColScore => "Score" | "Puntaje",
    ColLevel => "Level" | "Nivel",
    ColMood => "Mood (0–10)" | "Ánimo (0–10)",
    ColWord => "Word or note" | "Palabra o nota",
    SessionDays => "Session days in this period: {dates}." | "Días de sesión en este período: {dates}.",
    NoSessionDays => "No session days in this period." | "No hay días de sesión en este período.",
    DailyMoodChart => "Daily mood" | "Ánimo diario",

    // ----- History -----
    HistoryTitle => "Past questionnaires" | "Cuestionarios anteriores",
    HistoryEmpty => "No finished questionnaires yet." | "Aún no hay cuestionarios terminados.",
    HistoryRow => "{name}, {date}: {total}" | "{name}, {date}: {total}",
    ShowAnswers => "Show answers" | "Ver respuestas",
    HideAnswers => "Hide answers" | "Ocultar respuestas",
    ShowAll => "Show all ({count})" | "Ver todo ({count})",
    MoodHistoryTitle => "Daily mood history" | "Historial de ánimo diario",
    MoodHistoryEmpty => "No daily mood saved yet." | "Aún no hay ánimo diario guardado.",
    MoodRow => "{date}: {score} out of 10" | "{date}: {score} de 10",

    // ----- Quick mood -----
    QuickMoodTitle => "Mood today" | "Ánimo de hoy",
    QuickMoodQuestion => "How is your mood today, from 0 (very low) to 10 (very good)?" | "¿Cómo está su ánimo hoy, de 0 (muy bajo) a 10 (muy bueno)?",
    QuickMoodLow => "0: very low" | "0: muy bajo",
    QuickMoodHigh => "10: very good" | "10: muy bueno",
    QuickMoodWord => "A word or note (optional)" | "Una palabra o nota (opcional)",
    QuickMoodToday => "Today: {score} out of 10" | "Hoy: {score} de 10",
    QuickMoodChange => "Change today's mood" | "Cambiar el ánimo de hoy",
    QuickMoodSaved => "Saved." | "Guardado.",
    QuickMoodPick => "Tap a number first." | "Primero toque un número.",
    }
}

/// The title of a scale, e.g. "PHQ-9: depression".
pub fn scale_title(kind: ScaleKind) -> MoodK {
    match kind {
        ScaleKind::Phq9 => MoodK::Phq9Title,
        ScaleKind::Gad7 => MoodK::Gad7Title,
        ScaleKind::Pcl5 => MoodK::Pcl5Title,
    }
}

/// The short name printed on the form; the same in every language.
pub fn scale_name(kind: ScaleKind) -> &'static str {
    match kind {
        ScaleKind::Phq9 => "PHQ-9",
        ScaleKind::Gad7 => "GAD-7",
        ScaleKind::Pcl5 => "PCL-5",
    }
}

pub fn severity_word(severity: Severity) -> MoodK {
    match severity {
        Severity::Minimal => MoodK::Minimal,
        Severity::Mild => MoodK::Mild,
        Severity::Moderate => MoodK::Moderate,
        Severity::ModeratelySevere => MoodK::ModeratelySevere,
        Severity::Severe => MoodK::Severe,
    }
}

/// "Moderate (10–14)".
pub fn band_with_range(tr: Tr, band: &Band) -> String {
    tr.f(
        MoodK::BandRange,
        &[
            ("band", tr.t(severity_word(band.severity))),
            ("low", &band.totals.start().to_string()),
            ("high", &band.totals.end().to_string()),
        ],
    )
}

/// "Levels: Minimal (0–4), Mild (5–9), …" for a scale with bands.
pub fn bands_list(tr: Tr, bands: &[Band]) -> String {
    let list: Vec<String> = bands.iter().map(|b| band_with_range(tr, b)).collect();
    tr.f(MoodK::BandsOf, &[("list", &list.join(", "))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::Language;

    #[test]
    fn band_lists_come_from_the_published_bands() {
        let en = Tr::new(Language::En);
        assert_eq!(
            bands_list(en, ScaleKind::Gad7.bands()),
            "Levels: Minimal (0–4), Mild (5–9), Moderate (10–14), Severe (15–21)."
        );
    }
}
