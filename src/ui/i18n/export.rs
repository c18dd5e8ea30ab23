//! Header labels for the spreadsheet (CSV) exports. The columns keep their fixed order and
//! machine ids (see `domain::records::csv`); only the header row follows the app language.

use super::{strings, Tr};

strings! {
    /// CSV header labels, one per column id.
    ExportK {
        At => "Date and time (UTC)" | "Fecha y hora (UTC)",
        Slot => "Check-in" | "Registro",
        SessionDate => "Session date" | "Fecha de la sesión",
        Dissociation => "Feeling detached (0-10)" | "Desconexión (0-10)",
        Euphoria => "Unusually happy (0-10)" | "Euforia (0-10)",
        AlteredTimeSpace => "Time or space feels strange (0-10)" | "Tiempo o espacio extraños (0-10)",
        Drowsiness => "Sleepy (0-10)" | "Sueño (0-10)",
        Dizziness => "Dizzy (0-10)" | "Mareo (0-10)",
        Confusion => "Confused (0-10)" | "Confusión (0-10)",
        Nausea => "Sick to the stomach (0-10)" | "Náuseas (0-10)",
        Headache => "Headache (0-10)" | "Dolor de cabeza (0-10)",
        BlurredVision => "Blurry vision (0-10)" | "Vista borrosa (0-10)",
        Anxiety => "Anxious (0-10)" | "Ansiedad (0-10)",
        Custom => "Other feelings" | "Otras sensaciones",
        RedFlags => "Warning signs" | "Señales de alarma",
        SuicidePlanOrIntent => "Plan or intent to act on thoughts of suicide" | "Plan o intención de actuar según pensamientos de suicidio",
        BpSystolic => "Blood pressure: systolic (upper)" | "Presión arterial: sistólica (arriba)",
        BpDiastolic => "Blood pressure: diastolic (lower)" | "Presión arterial: diastólica (abajo)",
        Notes => "Notes" | "Notas",
        Draft => "Not finished" | "Sin terminar",
        Started => "Started (UTC)" | "Empezado (UTC)",
        Completed => "Finished (UTC)" | "Terminado (UTC)",
        Scale => "Questionnaire" | "Cuestionario",
        Total => "Score" | "Puntaje",
        Answered => "Questions answered" | "Preguntas respondidas",
        Items => "Questions" | "Preguntas",
        Answers => "Answers (? = no answer)" | "Respuestas (? = sin respuesta)",
        Date => "Date" | "Fecha",
        Start => "Start time" | "Hora de inicio",
        End => "End time" | "Hora de fin",
        Route => "How it was given" | "Vía",
        Dose => "Dose" | "Dosis",
        BpBeforeSystolic => "BP before (systolic)" | "PA antes (sistólica)",
        BpBeforeDiastolic => "BP before (diastolic)" | "PA antes (diastólica)",
        Bp40minSystolic => "BP ~40 min (systolic)" | "PA ~40 min (sistólica)",
        Bp40minDiastolic => "BP ~40 min (diastolic)" | "PA ~40 min (diastólica)",
        BpLeavingSystolic => "BP leaving (systolic)" | "PA al salir (sistólica)",
        BpLeavingDiastolic => "BP leaving (diastolic)" | "PA al salir (diastólica)",
        TakenHomeBy => "Taken home by" | "Le llevó a casa",
        Time => "Time" | "Hora",
        Minutes => "Length (minutes)" | "Duración (minutos)",
        Kind => "Type" | "Tipo",
        Place => "Place" | "Lugar",
    }
}

/// The label for one CSV column id; an id without a label is shown as it is.
pub fn csv_header(tr: Tr, id: &str) -> String {
    use ExportK::*;
    let key = match id {
        "at" => At,
        "slot" => Slot,
        "session_date" => SessionDate,
        "dissociation" => Dissociation,
        "euphoria" => Euphoria,
        "altered_time_space" => AlteredTimeSpace,
        "drowsiness" => Drowsiness,
        "dizziness" => Dizziness,
        "confusion" => Confusion,
        "nausea" => Nausea,
        "headache" => Headache,
        "blurred_vision" => BlurredVision,
        "anxiety" => Anxiety,
        "custom" => Custom,
        "red_flags" => RedFlags,
        "suicide_plan_or_intent" => SuicidePlanOrIntent,
        "bp_systolic" => BpSystolic,
        "bp_diastolic" => BpDiastolic,
        "notes" => Notes,
        "draft" => Draft,
        "started" => Started,
        "completed" => Completed,
        "scale" => Scale,
        "total" => Total,
        "answered" => Answered,
        "items" => Items,
        "answers" => Answers,
        "date" => Date,
        "start" => Start,
        "end" => End,
        "route" => Route,
        "dose" => Dose,
        "bp_before_systolic" => BpBeforeSystolic,
        "bp_before_diastolic" => BpBeforeDiastolic,
        "bp_40min_systolic" => Bp40minSystolic,
        "bp_40min_diastolic" => Bp40minDiastolic,
        "bp_leaving_systolic" => BpLeavingSystolic,
        "bp_leaving_diastolic" => BpLeavingDiastolic,
        "taken_home_by" => TakenHomeBy,
        "time" => Time,
        "minutes" => Minutes,
        "kind" => Kind,
        "place" => Place,
        other => return other.to_string(),
    };
    tr.t(key).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::Language;
    use crate::domain::records::csv::{self, CsvTable};
    use crate::domain::records::document::Document;

    fn tables() -> [CsvTable; 4] {
        let doc = Document::new();
        [
            csv::checkins_table(&doc),
            csv::questionnaires_table(&doc),
            csv::sessions_table(&doc),
            csv::appointments_table(&doc),
        ]
    }

    fn header(lang: Language, table: &CsvTable) -> String {
        let text = table.to_csv_with(|id| csv_header(Tr::new(lang), id));
        text.lines().next().unwrap_or_default().to_string()
    }

    #[test]
    fn every_csv_column_has_a_label() {
        for table in tables() {
            for id in &table.columns {
                let en = csv_header(Tr::new(Language::En), id);
                assert_ne!(&en, id, "{id} has no label");
            }
        }
    }

    #[test]
    fn english_headers_keep_the_machine_column_order() {
        let [checkins, _, sessions, appointments] = tables();
        assert_eq!(
            header(Language::En, &appointments),
            "Date,Time,Length (minutes),Type,Place,Notes"
        );
        let s = header(Language::En, &sessions);
        assert!(
            s.starts_with("Date,Start time,End time,How it was given,Dose,"),
            "{s}"
        );
        assert!(header(Language::En, &checkins).starts_with("Date and time (UTC),Check-in,"));
    }

    #[test]
    fn spanish_headers_keep_the_machine_column_order() {
        let [checkins, scores, _, appointments] = tables();
        assert_eq!(
            header(Language::Es, &appointments),
            "Fecha,Hora,Duración (minutos),Tipo,Lugar,Notas"
        );
        assert!(header(Language::Es, &checkins).starts_with("Fecha y hora (UTC),Registro,"));
        let s = header(Language::Es, &scores);
        assert!(
            s.starts_with("Empezado (UTC),Terminado (UTC),Cuestionario,Puntaje,"),
            "{s}"
        );
        // The same number of columns in both languages, so a spreadsheet lines them up.
        for table in tables() {
            let en = table.to_csv_with(|id| csv_header(Tr::new(Language::En), id));
            let es = table.to_csv_with(|id| csv_header(Tr::new(Language::Es), id));
            assert_eq!(en.matches(',').count(), es.matches(',').count());
        }
    }
}
