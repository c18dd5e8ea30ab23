//! Today's calm card after a crisis answer (a check-in with thoughts of ending one's life, or
//! PHQ-9 item 9 above "Not at all"), for 72 hours: "Are you safe right now?", who to call, and
//! "I'm safe / I've talked to someone", which is remembered. The rule: `safety::follow_up`.

use crate::domain::core::model::{CheckIn, Questionnaire, Settings};
use crate::domain::core::time::Zone;
use crate::domain::safety::escalation::Situation;
use crate::domain::safety::follow_up::{follow_up, CrisisAnswer};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::components::who_to_call::WhoToCall;
use crate::ui::data::use_data;
use crate::ui::i18n::{day_label, use_i18n, EscK};
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn SafetyFollowUp() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let settings = data.settings();
    let now = clock::now();
    let check_ins = doc.live::<CheckIn>().map(|(_, c)| c);
    let questionnaires = doc.live::<Questionnaire>().map(|(_, q)| q);
    let Some(found) = follow_up(
        check_ins,
        questionnaires,
        settings.safety_check_dismissed,
        now,
    ) else {
        return Html::default();
    };
    let day = day_label(
        tr,
        BrowserZone.to_local(found.at).date,
        BrowserZone.to_local(now).date,
    );
    let text = match found.answer {
        CrisisAnswer::CheckInThoughts => EscK::FollowCheckIn,
        CrisisAnswer::Phq9Item9 => EscK::FollowPhq9,
    };
    let dismiss = {
        let data = data.clone();
        Callback::from(move |_: MouseEvent| {
            data.set_settings(Settings {
                safety_check_dismissed: Some(clock::now()),
                ..(*data.settings()).clone()
            });
        })
    };
    let situations: Rc<[Situation]> = Rc::new([Situation::CrisisLine]);
    html! {
        <section class="card safety-follow-up" aria-labelledby="safety-follow-up-title">
            <h2 id="safety-follow-up-title">{ tr.t(EscK::FollowTitle) }</h2>
            <p class="safety-follow-up__question">{ tr.f(text, &[("day", &day)]) }</p>
            <p>{ tr.t(EscK::FollowLead) }</p>
            <WhoToCall {situations} />
            <button type="button" class="btn primary wide" onclick={dismiss}>{ tr.t(EscK::FollowSafe) }</button>
        </section>
    }
}
