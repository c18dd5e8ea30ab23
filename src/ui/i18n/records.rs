//! Strings for the warning-sign log, exact restores, deleting everything and private backups.
//! `Key => "English" | "Español"`.

use super::strings;

strings! {
    /// Warning-sign log and record-keeping strings.
    RecordsK {
        ImportOddTimes => "Some records in this backup have dates that cannot be right (before 2000, or later than tomorrow): {list}. Nothing was changed." | "Algunos registros de esta copia de seguridad tienen fechas imposibles (antes del 2000 o después de mañana): {list}. No se cambió nada.",
        OddTimeItem => "{kind} dated {date}" | "{kind} con fecha {date}",
        OddTimeMore => "and {count} more" | "y {count} más",
        LogTitle => "Your warning signs" | "Sus señales de alerta",
        LogIntro => "Every warning sign you saved in a check-in or a questionnaire. If one was entered by mistake, mark it: it stays here, marked as corrected, and is left out of the summary for your clinician." | "Cada señal de alerta que guardó en un registro de síntomas o un cuestionario. Si alguna se marcó por error, indíquelo: se queda aquí, marcada como corregida, y no aparece en el resumen para su profesional.",
        LogEmpty => "No warning signs saved." | "No hay señales de alerta guardadas.",
        LogOpen => "Your warning signs" | "Sus señales de alerta",
        LogFromCheckIn => "From your check-in of {date}" | "De su registro de síntomas del {date}",
        LogFromDeletedCheckIn => "From a check-in of {date} that was deleted since" | "De un registro de síntomas del {date} que se borró después",
        LogFromQuestionnaire => "From the PHQ-9 of {date}" | "Del PHQ-9 del {date}",
        LogRecorded => "Recorded {date}" | "Registrada el {date}",
        LogPlan => "A plan or intent to act on thoughts of suicide" | "Un plan o la intención de actuar según pensamientos de suicidio",
        LogSeeSession => "See that session" | "Ver esa sesión",
        LogMarkMistake => "Entered by mistake" | "Marcada por error",
        LogMarkMistakeLabel => "Mark \"{signs}\" of {date} as entered by mistake" | "Marcar \"{signs}\" del {date} como marcada por error",
        LogMarked => "Marked as entered by mistake on {date}. Left out of the clinician summary." | "Indicada como marcada por error el {date}. No aparece en el resumen para su profesional.",
        LogUndoMistake => "It was not a mistake" | "No fue un error",
        LogMarkedSaid => "Marked as entered by mistake." | "Indicada como marcada por error.",
        LogUnmarkedSaid => "Back in the clinician summary." | "De nuevo en el resumen para su profesional.",
        DeleteKeepSettings => "Keep my settings (language, country, clinic and emergency numbers)" | "Conservar mi configuración (idioma, país, números de la clínica y de emergencia)",
        DeletedList => "Removed: {list}." | "Se borró: {list}.",
        DeletedKind => "{kind}: {count}" | "{kind}: {count}",
        DeletedTombstonesOne => "traces of 1 record deleted earlier" | "rastros de 1 registro borrado antes",
        DeletedTombstones => "traces of {count} records deleted earlier" | "rastros de {count} registros borrados antes",
        DeletedSetAsideOne => "1 piece of unreadable data kept aside" | "1 parte de datos ilegibles que se había apartado",
        DeletedSetAside => "{count} pieces of unreadable data kept aside" | "{count} partes de datos ilegibles que se habían apartado",
        DeletedLock => "the privacy lock and its passphrase" | "el bloqueo de privacidad y su frase de acceso",
        DeletedOther => "the date of your last backup" | "la fecha de su última copia de seguridad",
        DeletedNothing => "There was nothing to delete." | "No había nada que borrar.",
        DeletedKept => "Your settings were kept." | "Se conservó su configuración.",
        DeleteFailed => "Not everything could be deleted ({error}). Try again, or clear this site's data in your browser settings." | "No se pudo borrar todo ({error}). Vuelva a intentarlo, o borre los datos de este sitio en la configuración del navegador.",
        PlainWarning => "This file will be readable by anyone who gets it." | "Cualquier persona que obtenga este archivo podrá leerlo.",
        PlainAsk => "The privacy lock is on, but this copy has no passphrase." | "El bloqueo de privacidad está activado, pero esta copia no tiene frase de acceso.",
        PlainYes => "Download it readable anyway" | "Descargarlo legible de todos modos",
    }
}
