//! Strings for Today's session-day card. `Key => "English" | "Español"`.

use super::strings;

strings! {
    /// Today's top card through the session day.
    TodayK {
        PhaseEveningBefore => "Tomorrow: your session at {time}" | "Mañana: su sesión a las {time}",
        PhaseSessionToday => "Today: your session at {time}" | "Hoy: su sesión a las {time}",
        PhaseFasting => "Fasting for your session at {time}" | "En ayunas para su sesión de las {time}",
        PhaseLeaving => "Time to leave for the clinic" | "Es hora de salir hacia la clínica",
        PhaseInSession => "Your session is under way" | "Su sesión está en curso",
        PhaseFirstHours => "The first hours after your session" | "Las primeras horas después de su sesión",
        PhaseNextDay => "The day after your session" | "El día después de su sesión",
        PhaseMissed => "Did {day}'s session happen?" | "¿Tuvo su sesión del {day}?",
        SessionAt => "Session at {time}" | "Sesión a las {time}",
        ActChecklistOne => "1 thing left on your checklist" | "Le falta 1 cosa de su lista",
        ActChecklist => "{n} things left on your checklist" | "Le faltan {n} cosas de su lista",
        OpenChecklist => "Open your checklist" | "Abrir su lista",
        ActNoRules => "Your clinic's fasting times are not entered yet." | "Todavía no se escribieron los horarios de ayuno de su clínica.",
        EnterRules => "Enter your clinic's instructions" | "Escribir las instrucciones de su clínica",
        ActStopSolids => "Stop eating at {time} ({in})" | "Deje de comer a las {time} ({in})",
        ActStopClear => "Stop clear liquids at {time} ({in})" | "Deje los líquidos claros a las {time} ({in})",
        ActNothingByMouth => "Nothing more to eat or drink until your session at {time}." | "Nada más de comer ni beber hasta su sesión de las {time}.",
        ActLeave => "Arrive at the clinic by {time} ({in})" | "Llegue a la clínica antes de las {time} ({in})",
        ActLeaveHint => "You must not drive today: your support person takes you home." | "Hoy no debe manejar: su persona de apoyo le lleva a casa.",
        ActSupportGuide => "Your support person can follow their guide." | "Su persona de apoyo puede seguir su guía.",
        OpenSupportGuide => "Open the support person's guide" | "Abrir la guía para la persona de apoyo",
        ActRecord => "Your session time has passed. Record it when you can: the date and time are filled in from your plan." | "Ya pasó la hora de su sesión. Anótela cuando pueda: la fecha y la hora se completan con su plan.",
        RecordSession => "Record your session" | "Anotar su sesión",
        ActCheckIn => "Check-in due: {slot}" | "Registro pendiente: {slot}",
        CheckInNow => "Check in now" | "Registrar cómo se siente ahora",
        ActNextCheckIn => "Check-ins done for now. Next: {slot}, at {time}." | "Registros hechos por ahora. Siguiente: {slot}, a las {time}.",
        ActMissed => "Your plan has a session on {date} that is not recorded." | "Su plan tiene una sesión el {date} que no está anotada.",
        MissedYes => "Yes: record it" | "Sí: anotarla",
        MissedNo => "No: it was missed or moved" | "No: no la tuve o cambió de fecha",
    }
}
