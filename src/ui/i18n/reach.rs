//! Reach: installing the app on the home screen.

use super::strings;

strings! {
    /// The install offer on Today.
    ReachK {
    InstallTitle => "Keep the app on your home screen" | "Tenga la app en su pantalla de inicio",
    InstallBody => "Open it with one tap, like any other app. It works without internet and your information stays on this phone." | "Ábrala con un toque, como cualquier otra app. Funciona sin internet y su información se queda en este teléfono.",
    InstallButton => "Install the app" | "Instalar la app",
    InstallNotNow => "Not now" | "Ahora no",
    InstallIosLead => "On an iPhone or iPad, in Safari:" | "En un iPhone o iPad, en Safari:",
    InstallIosShare => "Tap the Share button (a square with an arrow pointing up)." | "Toque el botón Compartir (un cuadrado con una flecha hacia arriba).",
    InstallIosAdd => "Scroll down and tap \"Add to Home Screen\"." | "Baje y toque \"Agregar a la pantalla de inicio\".",
    InstallIosConfirm => "Tap \"Add\". The app's icon appears on your home screen." | "Toque \"Agregar\". El icono de la app aparece en su pantalla de inicio.",
    ScoreAfter => "{score} ({time} after the session)" | "{score} ({time} después de la sesión)",
    InstallLater => "You can always do this later from the browser's menu." | "Siempre puede hacerlo después desde el menú del navegador.",
    }
}
