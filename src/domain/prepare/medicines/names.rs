//! The table of medicine names: which generic and brand names belong to each class.

use super::MedicineClass;

impl MedicineClass {
    /// Built-in names for the class, one drug a line: generic (English, then Spanish where it
    /// is spelled differently once accents are ignored) and brand names (US, UK, Spain and
    /// Latin America).
    #[rustfmt::skip]
    pub fn names(self) -> &'static [&'static str] {
        match self {
            MedicineClass::Benzodiazepine => &[
                "alprazolam", "Xanax", "Trankimazin",
                "lorazepam", "Ativan", "Orfidal",
                "clonazepam", "Klonopin", "Rivotril",
                "diazepam", "Valium",
                "temazepam", "Restoril",
                "chlordiazepoxide", "clordiazepóxido", "Librium",
                "oxazepam",
                "triazolam", "Halcion",
                "midazolam",
                "clorazepate", "clorazepato", "Tranxene", "Tranxilium",
                "estazolam",
                "flurazepam",
            ],
            MedicineClass::SleepOrSedative => &[
                // "Z-drugs" and orexin blockers
                "zolpidem", "Ambien", "Edluar", "Intermezzo", "Stilnox", "Dalparan",
                "zopiclone", "zopiclona", "Zimovane", "Imovane", "Datolan", "Limovan",
                "eszopiclone", "eszopiclona", "Lunesta",
                "zaleplon", "Sonata",
                "suvorexant", "Belsomra",
                "lemborexant", "Dayvigo",
                "daridorexant", "Quviviq",
                // Sedating antidepressants and antipsychotics used for sleep
                "trazodone", "trazodona", "Desyrel", "Oleptro", "Molipaxin", "Deprax", "Trittico",
                "mirtazapine", "mirtazapina", "Remeron", "Zispin", "Rexer", "Comenter",
                "quetiapine", "quetiapina", "Seroquel",
                // Sedating antihistamines
                "diphenhydramine", "difenhidramina", "Benadryl", "ZzzQuil", "Nytol",
                "doxylamine", "doxilamina", "Unisom", "Dormidina",
                "hydroxyzine", "hidroxizina", "Vistaril", "Atarax", "Ucerax",
                "promethazine", "prometazina", "Phenergan", "Sominex",
                // Gabapentinoids
                "gabapentin", "gabapentina", "Neurontin", "Gralise", "Horizant",
                "pregabalin", "pregabalina", "Lyrica",
                // Muscle relaxants
                "cyclobenzaprine", "ciclobenzaprina", "Flexeril", "Amrix", "Yurelax",
                "carisoprodol", "Soma",
                "baclofen", "baclofeno", "Lioresal", "Ozobax",
                // Barbiturates
                "phenobarbital", "fenobarbital", "Luminal", "Gardenal",
                "butalbital", "Fioricet", "Fiorinal",
                "secobarbital", "Seconal",
                "pentobarbital", "Nembutal",
            ],
            MedicineClass::Opioid => &[
                "oxycodone", "oxicodona", "OxyContin", "Percocet", "Roxicodone",
                "hydrocodone", "hidrocodona", "Vicodin", "Norco",
                "tramadol", "Ultram",
                "tapentadol", "Nucynta",
                "morphine", "morfina", "MS Contin",
                "hydromorphone", "hidromorfona", "Dilaudid",
                "fentanyl", "fentanilo", "Duragesic",
                "methadone", "metadona",
                "buprenorphine", "buprenorfina", "Suboxone", "Subutex", "Sublocade",
                "codeine", "codeína",
                "oxymorphone",
                "meperidine", "Demerol",
            ],
            MedicineClass::Stimulant => &[
                "methylphenidate", "metilfenidato", "Ritalin", "Concerta",
                "dexmethylphenidate", "Focalin",
                "amphetamine", "anfetamina", "Adderall",
                "dextroamphetamine", "dextroanfetamina", "Dexedrine",
                "lisdexamfetamine", "lisdexanfetamina", "Vyvanse",
                "methamphetamine", "Desoxyn",
                "modafinil", "modafinilo", "Provigil",
                "armodafinil", "Nuvigil",
                "phentermine", "fentermina", "Adipex",
            ],
            MedicineClass::MaoInhibitor => &[
                "phenelzine", "fenelzina", "Nardil",
                "tranylcypromine", "tranilcipromina", "Parnate",
                "isocarboxazid", "isocarboxazida", "Marplan",
                "selegiline", "selegilina", "Emsam", "Eldepryl", "Zelapar",
                "rasagiline", "rasagilina", "Azilect",
                "moclobemide", "moclobemida", "Manerix", "Aurorix",
                // Also MAO inhibitors, though not used for mood
                "linezolid", "linezolida", "Zyvox", "Zyvoxid",
                "methylene blue", "azul de metileno", "ProvayBlue",
            ],
            MedicineClass::Lamotrigine => &["lamotrigine", "lamotrigina", "Lamictal"],
        }
    }
}
