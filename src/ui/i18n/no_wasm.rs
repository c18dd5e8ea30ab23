//! The help page shown where the app itself cannot run (no WebAssembly, or it failed to load).
//! Written into `assets/help-without-wasm.html` by `ui::help_without_wasm`.

use super::strings;

strings! {
    /// Help without WebAssembly.
    NoWasmK {
    WhyNoWasm => "The rest of Companion cannot open here because this browser has WebAssembly turned off (as iPhone Lockdown Mode and some work-managed browsers do); these numbers and the guide work anyway." | "El resto de Companion no puede abrirse aquí porque este navegador tiene WebAssembly desactivado (como hacen el Modo de Aislamiento del iPhone y algunos navegadores administrados por el trabajo); estos números y la guía funcionan de todos modos.",
    WhyFailed => "The rest of Companion did not load (the connection may have dropped; reload the page to try again); these numbers and the guide work anyway." | "El resto de Companion no se cargó (puede que se haya cortado la conexión; recargue la página para intentarlo de nuevo); estos números y la guía funcionan de todos modos.",
    WhyLoading => "The rest of Companion is still loading; these numbers and the guide work now." | "El resto de Companion todavía se está cargando; estos números y la guía ya funcionan.",
    Framed => "Companion does not open inside another page: open it in its own tab." | "Companion no se abre dentro de otra página: abra Companion en su propia pestaña.",
    OtherCountries => "Numbers for each country" | "Números de cada país",
    Neutral => "112 reaches emergency services from a mobile phone in most countries. If it does not work, call your local emergency number." | "El 112 comunica con emergencias desde un teléfono móvil en la mayoría de los países. Si no funciona, llame a su número local de emergencias.",
    }
}
