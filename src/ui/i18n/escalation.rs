//! Words for the escalation model: who each contact is, why it is listed, what to add, the
//! support guide's "who to call" and Today's follow-up card after a crisis answer.

use super::strings;

strings! {
    /// Labels and reasons for the contacts `domain::safety::escalation` lists.
    EscK {
        CallEmergency => "Call emergency services: {number}" | "Llamar a emergencias: {number}",
        CallYourClinic => "Call your clinic: {number}" | "Llamar a su clínica: {number}",
        CallTheClinic => "Call the clinic: {number}" | "Llamar a la clínica: {number}",
        CallNamed => "Call {name}: {number}" | "Llamar a {name}: {number}",
        CallSupport => "Call {name}, your support person: {number}" | "Llamar a {name}, su persona de apoyo: {number}",
        Us988Call => "Call 988 Suicide & Crisis Lifeline" | "Llamar a la Línea 988 de Prevención del Suicidio y Crisis",
        Us988Text => "Text 988 Suicide & Crisis Lifeline" | "Enviar un mensaje de texto a la Línea 988 de Prevención del Suicidio y Crisis",
        Us988SpanishCall => "In Spanish: call 988 and press 2" | "En español: llame al 988 y oprima 2",
        Us988SpanishText => "In Spanish: text AYUDA to 988" | "En español: envíe AYUDA por mensaje de texto al 988",
        Veterans => "Veterans: text 838255 (or call 988 and press 1)" | "Veteranos: envíe un mensaje de texto al 838255 (o llame al 988 y oprima 1)",
        Tty => "TTY: dial 711, then 988" | "TTY: marque 711 y luego 988",
        CrisisTextLine => "Crisis Text Line: text HOME to 741741" | "Crisis Text Line: envíe HOME por mensaje de texto al 741741",
        Ca988Call => "Call 9-8-8 Suicide Crisis Helpline" | "Llamar al 9-8-8: Línea de ayuda en caso de crisis suicida",
        Ca988Text => "Text 9-8-8 Suicide Crisis Helpline" | "Enviar un mensaje de texto al 9-8-8: Línea de ayuda en caso de crisis suicida",
        KidsHelpPhoneText => "Kids Help Phone (young people): text 686868" | "Kids Help Phone (jóvenes): envíe un mensaje de texto al 686868",
        KidsHelpPhoneCall => "Kids Help Phone (young people): call 1-800-668-6868" | "Kids Help Phone (jóvenes): llame al 1-800-668-6868",
        Samaritans => "Samaritans: call 116 123" | "Samaritans: llame al 116 123",
        Nhs111 => "NHS 111, option 2 (urgent mental health help, England)" | "NHS 111, opción 2 (ayuda urgente de salud mental, Inglaterra)",
        Shout => "Shout: text 85258" | "Shout: envíe un mensaje de texto al 85258",
        LifelineCall => "Lifeline: call 13 11 14" | "Lifeline: llame al 13 11 14",
        LifelineText => "Lifeline: text 0477 13 11 14" | "Lifeline: envíe un mensaje de texto al 0477 13 11 14",
        Linea024 => "Call Línea 024 (suicidal thoughts; free, 24 hours)" | "Llamar a la Línea 024 (conducta suicida; gratuita, 24 horas)",
        LineaDeLaVida => "Call Línea de la Vida: 800 911 2000 (24 hours)" | "Llamar a la Línea de la Vida: 800 911 2000 (24 horas)",
        WhyLifeInDanger => "If a life may be in danger" | "Si una vida puede estar en peligro",
        WhyIfWorse => "If it gets worse, or nobody answers" | "Si empeora o nadie contesta",
        WhyNoLocalNumber => "Reaches emergency services from most mobile phones" | "Comunica con emergencias desde la mayoría de los teléfonos móviles",
        WhyTalkNow => "Someone to talk to now, at any hour" | "Alguien con quien hablar ahora, a cualquier hora",
        WhyKnowsTreatment => "They know the treatment and what to do" | "Conocen el tratamiento y saben qué hacer",
        WhyTellClinic => "Let them know what happened" | "Avíseles de lo que pasó",
        WhyStayWithYou => "Someone to be with you" | "Alguien que le acompañe",
        MissingClinic => "Your clinic's number is not saved yet." | "Todavía no ha guardado el número de su clínica.",
        MissingEmergency => "Your country's emergency number is not saved yet." | "Todavía no ha guardado el número de emergencias de su país.",
        MissingClinicShared => "The clinic's number is not on this card: ask the person you are helping for it." | "El número de la clínica no está en esta tarjeta: pídaselo a la persona a quien acompaña.",
        MissingClinicHelper => "The clinic's number has not been added yet." | "Todavía no se ha agregado el número de la clínica.",
        AddInSettings => "Add it in settings" | "Agregarlo en la configuración",
        ListLabel => "Who to call" | "A quién llamar",
        NoLineTitle => "Talk to someone now" | "Hable ahora con alguien",
        NoLineBody => "You do not have to go through this alone. Call someone now: your clinic, or the emergency number if you are in danger." | "No tiene que pasar por esto sin compañía. Llame ahora a alguien: a su clínica, o al número de emergencias si está en peligro.",
        // ----- The support guide -----
        GuideWhoTitle => "Who to call" | "A quién llamar",
        GuideWhoLead => "Unsure? Call. Nobody watches this app, so call someone yourself." | "¿Tiene dudas? Llame. Nadie vigila esta app, así que llame usted a alguien.",
        GuideEmergency => "Call the emergency number if they cannot be woken or are very hard to wake, breathe slowly or shallowly, have blue or grey lips, have a seizure, chest pain, trouble breathing or swallowing, faint, show signs of a stroke (face drooping, arm weakness, slurred speech), or talk about ending their life and have a plan." | "Llame al número de emergencias si la persona no se despierta o le cuesta mucho despertarse, respira lento o poco profundo, tiene los labios azulados o grises, tiene una convulsión, dolor en el pecho, dificultad para respirar o tragar, se desmaya, muestra señales de un derrame cerebral (cara caída, debilidad en un brazo, habla arrastrada), o habla de quitarse la vida y tiene un plan.",
        GuideClinic => "Call the clinic if they keep falling asleep but wake easily, confusion or strange feelings are still there after several hours, they have a very bad headache, panic or agitation, or anything else worries you." | "Llame a la clínica si la persona se queda dormida una y otra vez pero se despierta con facilidad, la confusión o las sensaciones raras siguen después de varias horas, tiene un dolor de cabeza muy fuerte, pánico o agitación, o si cualquier otra cosa le preocupa.",
        GuideCrisis => "If they talk about suicide or self-harm, stay with them and call a crisis line (listed above where your country has one), the emergency number, or the clinic." | "Si la persona habla de suicidio o de hacerse daño, quédese con ella y llame a una línea de crisis (arriba, si su país tiene una), al número de emergencias o a la clínica.",
        GuideRedFlagsLink => "When to call whom" | "Cuándo llamar a quién",
        CardIncludeClinic => "My clinic's name and phone number" | "El nombre y el teléfono de mi clínica",
        // ----- Today's follow-up card -----
        FollowTitle => "Checking in with you" | "Queremos saber cómo está",
        FollowCheckIn => "You told us about thoughts of ending your life on {day}. Are you safe right now?" | "El {day} nos contó que tenía pensamientos de quitarse la vida. ¿Está a salvo ahora mismo?",
        FollowPhq9 => "You told us about thoughts of being better off dead or of hurting yourself on {day}. Are you safe right now?" | "El {day} nos contó que tenía pensamientos de que estaría mejor muerto o de hacerse daño. ¿Está a salvo ahora mismo?",
        FollowLead => "Nobody watches this app. If you are not safe, or not sure, call someone now:" | "Nadie vigila esta app. Si no está a salvo, o no está seguro, llame ahora a alguien:",
        FollowSafe => "I'm safe / I've talked to someone" | "Estoy a salvo / Ya hablé con alguien",
    }
}
