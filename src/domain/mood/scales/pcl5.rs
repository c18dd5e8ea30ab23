//! PCL-5 wording, exactly as printed on the US National Center for PTSD's standard form
//! (PCL-5, version of 11 April 2018; the item wording is unchanged since 2013). Public domain.
//!
//! There is no official Spanish version (published adaptations exist, e.g. Sanz et al. 2016,
//! Durón-Figueroa et al. 2019, but the VA distributes none), so `content(Pcl5, Es)` shows this
//! English text with `shown_in_english: true`.
//!
//! The form's instruction continues after the preamble with "Please read each problem carefully
//! and then circle one of the numbers to the right…": that is how to mark paper, so it is not
//! carried, like the check-mark line of the Pfizer forms. Nor is the optional "worst event"
//! line of later printings: the model has no field for it.

use super::{AnswerOption, ScaleContent};
use crate::domain::core::model::{Language, ScaleKind};

const AMOUNT_EN: [AnswerOption; 5] = [
    AnswerOption::new(0, "Not at all"),
    AnswerOption::new(1, "A little bit"),
    AnswerOption::new(2, "Moderately"),
    AnswerOption::new(3, "Quite a bit"),
    AnswerOption::new(4, "Extremely"),
];

pub(super) const EN: ScaleContent = ScaleContent {
    kind: ScaleKind::Pcl5,
    language: Language::En,
    shown_in_english: false,
    preamble: Some(
        "Below is a list of problems that people sometimes have in response to a very \
         stressful experience.",
    ),
    stem: "In the past month, how much were you bothered by:",
    items: &[
        "Repeated, disturbing, and unwanted memories of the stressful experience?",
        "Repeated, disturbing dreams of the stressful experience?",
        "Suddenly feeling or acting as if the stressful experience were actually happening \
         again (as if you were actually back there reliving it)?",
        "Feeling very upset when something reminded you of the stressful experience?",
        "Having strong physical reactions when something reminded you of the stressful \
         experience (for example, heart pounding, trouble breathing, sweating)?",
        "Avoiding memories, thoughts, or feelings related to the stressful experience?",
        "Avoiding external reminders of the stressful experience (for example, people, places, \
         conversations, activities, objects, or situations)?",
        "Trouble remembering important parts of the stressful experience?",
        "Having strong negative beliefs about yourself, other people, or the world (for \
         example, having thoughts such as: I am bad, there is something seriously wrong with \
         me, no one can be trusted, the world is completely dangerous)?",
        "Blaming yourself or someone else for the stressful experience or what happened after \
         it?",
        "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
        "Loss of interest in activities that you used to enjoy?",
        "Feeling distant or cut off from other people?",
        "Trouble experiencing positive feelings (for example, being unable to feel happiness or \
         have loving feelings for people close to you)?",
        "Irritable behavior, angry outbursts, or acting aggressively?",
        "Taking too many risks or doing things that could cause you harm?",
        "Being \u{201c}superalert\u{201d} or watchful or on guard?",
        "Feeling jumpy or easily startled?",
        "Having difficulty concentrating?",
        "Trouble falling or staying asleep?",
    ],
    options: &AMOUNT_EN,
    attribution: "PTSD Checklist for DSM-5 (PCL-5), National Center for PTSD. Weathers, F. W., \
                  Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P. \
                  (2013). In the public domain.",
};
