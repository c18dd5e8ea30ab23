use super::*;
use crate::domain::core::model::{Language, ScaleKind};
use proptest::prelude::*;

const LANGUAGES: [Language; 2] = [Language::En, Language::Es];

/// A complete answer vector for `kind` adding up to `total`, filling items from the first.
fn answers_totalling(kind: ScaleKind, total: u16) -> Vec<Option<u8>> {
    let mut left = total;
    (0..kind.item_count())
        .map(|_| {
            let value = left.min(u16::from(kind.max_answer()));
            left -= value;
            Some(value as u8)
        })
        .collect()
}

#[test]
fn every_form_has_its_published_item_and_option_counts() {
    // (kind, items, options, max total)
    let cases = [
        (ScaleKind::Phq9, 9, 4, 27),
        (ScaleKind::Gad7, 7, 4, 21),
        (ScaleKind::Pcl5, 20, 5, 80),
    ];
    for (kind, items, options, max_total) in cases {
        assert_eq!(kind.item_count(), items, "{kind:?}");
        assert_eq!(kind.max_total(), max_total, "{kind:?}");
        for language in LANGUAGES {
            let c = content(kind, language);
            assert_eq!(c.kind, kind);
            assert_eq!(c.items.len(), items, "{kind:?} {language:?}");
            assert_eq!(c.options.len(), options, "{kind:?} {language:?}");
            let values: Vec<u8> = c.options.iter().map(|o| o.value).collect();
            let expected: Vec<u8> = (0..=kind.max_answer()).collect();
            assert_eq!(
                values, expected,
                "{kind:?} {language:?}: values 0..=max in order"
            );
        }
    }
}

#[test]
fn pcl5_in_spanish_is_the_english_original_and_says_so() {
    let es = content(ScaleKind::Pcl5, Language::Es);
    let en = content(ScaleKind::Pcl5, Language::En);
    assert!(es.shown_in_english);
    assert_eq!(es.language, Language::En);
    assert_eq!((es.stem, es.items), (en.stem, en.items));
    assert!(!en.shown_in_english);
    for kind in [ScaleKind::Phq9, ScaleKind::Gad7] {
        for language in LANGUAGES {
            let c = content(kind, language);
            assert!(
                !c.shown_in_english,
                "{kind:?} has an official {language:?} form"
            );
            assert_eq!(c.language, language);
        }
    }
}

#[test]
fn stems_carry_the_recall_period_and_the_forms_own_wording() {
    let stem = |kind, language| content(kind, language).stem;
    // The PHQ-9 stem says "any of"; the GAD-7 stem does not (a common copying error).
    assert!(stem(ScaleKind::Phq9, Language::En).contains("bothered by any of the following"));
    assert!(stem(ScaleKind::Gad7, Language::En).contains("bothered by the following problems?"));
    for kind in [ScaleKind::Phq9, ScaleKind::Gad7] {
        assert!(stem(kind, Language::En).starts_with("Over the last 2 weeks,"));
        assert!(stem(kind, Language::Es).starts_with("Durante las últimas 2 semanas,"));
    }
    assert!(stem(ScaleKind::Pcl5, Language::En).starts_with("In the past month,"));
}

#[test]
fn option_labels_are_the_published_ones() {
    let labels = |kind, language| -> Vec<&str> {
        content(kind, language)
            .options
            .iter()
            .map(|o| o.label)
            .collect()
    };
    for kind in [ScaleKind::Phq9, ScaleKind::Gad7] {
        assert_eq!(
            labels(kind, Language::En),
            [
                "Not at all",
                "Several days",
                "More than half the days",
                "Nearly every day"
            ]
        );
        assert_eq!(
            labels(kind, Language::Es),
            [
                "Ningún día",
                "Varios días",
                "Más de la mitad de los días",
                "Casi todos los días"
            ]
        );
    }
    assert_eq!(
        labels(ScaleKind::Pcl5, Language::En),
        [
            "Not at all",
            "A little bit",
            "Moderately",
            "Quite a bit",
            "Extremely"
        ]
    );
}

#[test]
fn item_9_of_the_phq9_is_the_self_harm_item_in_both_languages() {
    let en = content(ScaleKind::Phq9, Language::En).items[PHQ9_SELF_HARM_ITEM];
    let es = content(ScaleKind::Phq9, Language::Es).items[PHQ9_SELF_HARM_ITEM];
    assert!(en.starts_with("Thoughts that you would be better off dead"));
    assert!(es.starts_with("Pensamientos de que estaría mejor muerto(a)"));
}

#[test]
fn text_has_no_stray_whitespace_from_line_continuations() {
    for kind in ScaleKind::ALL {
        for language in LANGUAGES {
            let c = content(kind, language);
            let mut texts = vec![c.stem, c.attribution];
            texts.extend(c.preamble);
            texts.extend(c.items);
            texts.extend(c.options.iter().map(|o| o.label));
            for text in texts {
                assert!(!text.is_empty(), "{kind:?} {language:?}");
                assert_eq!(text.trim(), text, "{text:?}");
                assert!(!text.contains("  ") && !text.contains('\n'), "{text:?}");
            }
        }
    }
}

#[test]
fn attribution_names_who_the_form_comes_from() {
    for language in LANGUAGES {
        for kind in [ScaleKind::Phq9, ScaleKind::Gad7] {
            assert!(content(kind, language).attribution.contains("Pfizer Inc."));
        }
        let pcl5 = content(ScaleKind::Pcl5, language).attribution;
        assert!(pcl5.contains("National Center for PTSD") && pcl5.contains("(2013)"));
    }
}

#[test]
fn severity_at_every_band_edge() {
    use Severity::*;
    let cases = [
        (ScaleKind::Phq9, 0, Minimal),
        (ScaleKind::Phq9, 4, Minimal),
        (ScaleKind::Phq9, 5, Mild),
        (ScaleKind::Phq9, 9, Mild),
        (ScaleKind::Phq9, 10, Moderate),
        (ScaleKind::Phq9, 14, Moderate),
        (ScaleKind::Phq9, 15, ModeratelySevere),
        (ScaleKind::Phq9, 19, ModeratelySevere),
        (ScaleKind::Phq9, 20, Severe),
        (ScaleKind::Phq9, 27, Severe),
        (ScaleKind::Gad7, 0, Minimal),
        (ScaleKind::Gad7, 4, Minimal),
        (ScaleKind::Gad7, 5, Mild),
        (ScaleKind::Gad7, 9, Mild),
        (ScaleKind::Gad7, 10, Moderate),
        (ScaleKind::Gad7, 14, Moderate),
        (ScaleKind::Gad7, 15, Severe),
        (ScaleKind::Gad7, 21, Severe),
    ];
    for (kind, expected_total, expected) in cases {
        // Through the whole path a patient takes: answers, total, band.
        let answers = answers_totalling(kind, expected_total);
        assert_eq!(total(kind, &answers), Some(expected_total), "{kind:?}");
        assert_eq!(
            severity(kind, expected_total),
            Some(expected),
            "{kind:?} {expected_total}"
        );
    }
}

#[test]
fn no_band_beyond_the_scale_and_none_at_all_for_the_pcl5() {
    assert_eq!(severity(ScaleKind::Phq9, 28), None);
    assert_eq!(severity(ScaleKind::Gad7, 22), None);
    for t in [0, 32, 33, 80] {
        assert_eq!(severity(ScaleKind::Pcl5, t), None, "PCL-5 has no bands");
    }
    assert!(ScaleKind::Pcl5.bands().is_empty());
}

#[test]
fn bands_cover_every_total_once_without_gaps() {
    for kind in [ScaleKind::Phq9, ScaleKind::Gad7] {
        let bands = kind.bands();
        assert_eq!(*bands[0].totals.start(), 0);
        assert_eq!(*bands[bands.len() - 1].totals.end(), kind.max_total());
        for pair in bands.windows(2) {
            assert_eq!(
                *pair[0].totals.end() + 1,
                *pair[1].totals.start(),
                "{kind:?}"
            );
            assert!(pair[0].severity < pair[1].severity, "{kind:?}");
        }
    }
}

#[test]
fn incomplete_or_invalid_answers_have_no_total() {
    for kind in ScaleKind::ALL {
        let n = kind.item_count();
        let full = vec![Some(1); n];
        assert!(total(kind, &full).is_some());
        for gap in 0..n {
            let mut draft = full.clone();
            draft[gap] = None;
            assert_eq!(total(kind, &draft), None, "{kind:?} item {} blank", gap + 1);
        }
        for bad in [kind.max_answer() + 1, u8::MAX] {
            let mut corrupt = full.clone();
            corrupt[n - 1] = Some(bad);
            assert_eq!(total(kind, &corrupt), None, "{kind:?} answer {bad}");
        }
        assert_eq!(total(kind, &full[..n - 1]), None, "{kind:?} too few");
        assert_eq!(total(kind, &[full.clone(), vec![Some(0)]].concat()), None);
        assert_eq!(total(kind, &[]), None);
    }
}

#[test]
fn pcl5_the_whole_published_range_suggests_talking_to_a_clinician() {
    assert_eq!(PCL5_CUT_POINT_RANGE, 31..=33);
    assert_eq!(PCL5_CUT_POINT, *PCL5_CUT_POINT_RANGE.start());
    let cases = [
        (0, false),
        (30, false),
        (31, true),
        (32, true),
        (33, true),
        (34, true),
        (80, true),
    ];
    for (t, expected) in cases {
        assert_eq!(probable_ptsd(t), expected, "{t}");
    }
}

#[test]
fn safety_panel_shows_as_soon_as_item_9_is_above_zero() {
    let phq9 = |item9: Option<u8>| {
        let mut draft = vec![None; 9];
        draft[PHQ9_SELF_HARM_ITEM] = item9;
        draft
    };
    let cases = [
        (ScaleKind::Phq9, phq9(Some(1)), true),
        (ScaleKind::Phq9, phq9(Some(3)), true),
        (ScaleKind::Phq9, phq9(Some(9)), true), // corrupted: still shown
        (ScaleKind::Phq9, phq9(Some(0)), false),
        (ScaleKind::Phq9, phq9(None), false),
        (ScaleKind::Phq9, vec![Some(3); 8], false), // item 9 not reached yet
        (ScaleKind::Phq9, vec![], false),
        (ScaleKind::Gad7, vec![Some(3); 7], false),
        (ScaleKind::Pcl5, vec![Some(4); 20], false), // PCL-5 item 9 is about beliefs
    ];
    for (kind, answers, expected) in cases {
        assert_eq!(
            needs_safety_panel(kind, &answers),
            expected,
            "{kind:?} {answers:?}"
        );
    }
    assert_eq!(phq9_item9(&phq9(Some(2))), Some(2));
}

fn kind_strategy() -> impl Strategy<Value = ScaleKind> {
    prop::sample::select(ScaleKind::ALL.to_vec())
}

fn complete_answers() -> impl Strategy<Value = (ScaleKind, Vec<u8>)> {
    kind_strategy().prop_flat_map(|kind| {
        (
            Just(kind),
            prop::collection::vec(0..=kind.max_answer(), kind.item_count()),
        )
    })
}

proptest! {
    #[test]
    fn total_is_the_sum_of_any_complete_valid_answers((kind, values) in complete_answers()) {
        let answers: Vec<Option<u8>> = values.iter().copied().map(Some).collect();
        let sum: u16 = values.iter().map(|v| u16::from(*v)).sum();
        prop_assert_eq!(total(kind, &answers), Some(sum));
        prop_assert!(sum <= kind.max_total());
    }

    #[test]
    fn one_blank_or_out_of_range_answer_means_no_total(
        (kind, values) in complete_answers(),
        position in any::<prop::sample::Index>(),
        bad in prop::option::of(5u8..),
    ) {
        let mut answers: Vec<Option<u8>> = values.into_iter().map(Some).collect();
        answers[position.index(kind.item_count())] = bad;
        prop_assert_eq!(total(kind, &answers), None);
    }

    #[test]
    fn band_never_goes_down_as_the_total_goes_up(kind in kind_strategy(), a in 0u16..=80, b in 0u16..=80) {
        let (low, high) = (a.min(b).min(kind.max_total()), a.max(b).min(kind.max_total()));
        prop_assert!(severity(kind, low) <= severity(kind, high));
        if kind != ScaleKind::Pcl5 {
            prop_assert!(severity(kind, low).is_some() && severity(kind, high).is_some());
        }
    }
}
